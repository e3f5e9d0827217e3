import Link from 'next/link';
import { site } from '@/lib/site';
import { authorsPath, blogPath, categoriesPath } from '@/lib/paths';
import { ThemeToggle } from '@/components/ui/theme-toggle';
import { HeaderSearch } from '@/components/search/header-search';

const nav = [
  { href: blogPath(), label: 'Blog' },
  { href: categoriesPath(), label: 'Categories' },
  { href: authorsPath(), label: 'Authors' },
];

export function SiteHeader() {
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      {/* Logo and nav lead, the search box is pushed to the end: nothing's position depends on a later
          sibling, so a page painted before the parser reaches the search box does not shift when it does.
          Each part is 40px tall however much of it has arrived (the row is centred on its tallest part),
          and the nav is as wide as it will be (basis-72) before its last links and the toggle arrive: on a
          phone a half-parsed nav would otherwise fit beside the logo, then wrap below it. */}
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg leading-10 font-bold tracking-tight text-zinc-900 dark:text-zinc-50">
          <span className="text-brand-600 dark:text-brand-300">OpenInfra</span> Blog
          <span className="sr-only"> — {site.name} home</span>
        </Link>
        <nav aria-label="Main" className="-ml-3 flex h-10 shrink-0 basis-72 gap-1 text-sm sm:ml-0">
          {nav.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              className="nav-link"
            >
              {item.label}
            </Link>
          ))}
          <ThemeToggle />
        </nav>
        <div className="sm:ml-auto">
          <HeaderSearch />
        </div>
      </div>
    </header>
  );
}
