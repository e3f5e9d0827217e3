import { BrowseLinks } from '@/components/ui/browse-links';
import { PageHeading } from '@/components/ui/page-heading';

// Next.js itself marks a not-found response noindex; a robots entry here would print a second tag.
export const metadata = { title: 'Page not found' };

/*
 * The root layout's not-found boundary: Next ships this page in the payload of every page it
 * renders. So it names no post. With the three latest posts listed here, publishing a post changed
 * every page of the site (a deploy re-uploaded them all, a CDN lost every cached page), and each
 * page carried 2.7 KB more (the bench's article: 49.8 KB, now 47.1 KB). The search box is in the
 * header of this page too.
 */
export default function NotFound() {
  return (
    <PageHeading
      title="Page not found"
      intro={
        <p>
          There is no page at this address. It may have moved: try <BrowseLinks search />.
        </p>
      }
    />
  );
}
