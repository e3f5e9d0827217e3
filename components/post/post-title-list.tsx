import Link from 'next/link';
import type { PostSummary } from '@/lib/content/queries';
import { PostByline } from './post-byline';

type Props = { posts: Pick<PostSummary, 'slug' | 'title' | 'url' | 'publishedAt' | 'authors'>[] };

/**
 * Posts as headline, byline and date only: the article's related posts. They travel in the
 * article's RSC payload too, so they carry no excerpt or category chips.
 */
export function PostTitleList({ posts }: Props) {
  return (
    <ul className="space-y-4">
      {posts.map((r) => (
        <li key={r.slug}>
          <h3 className="font-medium">
            <Link href={r.url} className="title-link">
              {r.title}
            </Link>
          </h3>
          <PostByline authors={r.authors} publishedAt={r.publishedAt} />
        </li>
      ))}
    </ul>
  );
}
