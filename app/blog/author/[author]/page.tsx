import { notFound } from 'next/navigation';
import { authorListing, staticParams } from '@/lib/content/routes';
import { authorMetadata } from '@/lib/seo/metadata';
import { AuthorView } from '@/components/post/author-view';

type Props = { params: Promise<{ author: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams('/blog/author/[author]');
}

export async function generateMetadata({ params }: Props) {
  const listing = authorListing((await params).author);
  return listing ? authorMetadata(listing.subject, 1) : {};
}

export default async function AuthorPage({ params }: Props) {
  const listing = authorListing((await params).author);
  if (!listing) notFound();
  return <AuthorView listing={listing} />;
}
