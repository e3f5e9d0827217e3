import Link from 'next/link';
import { site } from '@/lib/site';
import { blogPath } from '@/lib/paths';
import { FeedLinks } from '@/components/post/feed-links';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-8 text-sm text-zinc-600 dark:text-zinc-300">
        <p>
          © {site.publisher.name}. Published by the{' '}
          <a className="footer-link" href={site.publisher.url}>
            {site.publisher.name}
          </a>
          .
        </p>
        <FeedLinks scope={{ kind: 'site' }} label="Subscribe:" />
        <Link className="footer-link" href={blogPath()}>
          Archive
        </Link>
      </div>
    </footer>
  );
}
