import Link from 'next/link';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';

export const metadata: Metadata = { title: 'Bare blog', description: 'A bare Next.js + contentlayer2 blog over the benchmark archive.' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header>
          <Link href="/">Bare blog</Link> · <Link href="/blog">All posts</Link>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
