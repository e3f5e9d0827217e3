import Link from 'next/link';
import { latestPosts } from '@/lib/content/queries';
import { authorsPath, blogPath, categoriesPath } from '@/lib/paths';
import { PageHeading } from '@/components/ui/page-heading';
import { PostTitleList } from '@/components/post/post-title-list';

// Next.js itself marks a not-found response noindex; a robots entry here would print a second tag.
export const metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <>
      <PageHeading
        title="Page not found"
        intro={
          <p>
            There is no page at this address. It may have moved: try the{' '}
            <Link className="text-brand-700 underline dark:text-brand-300" href={blogPath()}>
              archive
            </Link>
            , the{' '}
            <Link className="text-brand-700 underline dark:text-brand-300" href={categoriesPath()}>
              categories
            </Link>{' '}
            or the{' '}
            <Link className="text-brand-700 underline dark:text-brand-300" href={authorsPath()}>
              authors
            </Link>
            .
          </p>
        }
      />
      <section aria-labelledby="recent">
        <h2 id="recent" className="mb-4 text-xl font-bold">
          Recent posts
        </h2>
        <PostTitleList posts={latestPosts(3)} />
      </section>
    </>
  );
}
