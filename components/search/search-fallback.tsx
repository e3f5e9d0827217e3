import Link from 'next/link';
import { authorsPath, blogPath, categoriesPath } from '@/lib/paths';

const link = 'text-brand-700 underline dark:text-brand-300';

/** Shown only when JavaScript is off: search runs in the browser, so point to the lists instead. */
export function SearchFallback() {
  return (
    <noscript>
      <p className="mt-6 max-w-xl rounded-lg border border-zinc-200 p-4 text-zinc-800 dark:border-zinc-800 dark:text-zinc-100">
        Search runs in your browser and needs JavaScript, which is turned off. Every post is still a click away: browse the{' '}
        <Link className={link} href={blogPath()}>
          archive
        </Link>
        , the{' '}
        <Link className={link} href={categoriesPath()}>
          categories
        </Link>{' '}
        or the{' '}
        <Link className={link} href={authorsPath()}>
          authors
        </Link>
        .
      </p>
    </noscript>
  );
}
