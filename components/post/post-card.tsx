import Link from 'next/link';
import type { PostSummary } from '@/lib/content/queries';
import { PostByline } from './post-byline';
import { CategoryLinks } from './category-links';
import { HiddenBadge } from './hidden-badge';

type Props = {
  post: Pick<PostSummary, 'title' | 'url' | 'publishedAt' | 'authors' | 'categories' | 'excerpt' | 'hidden'>;
  headingLevel?: 'h2' | 'h3';
};

export function PostCard({ post, headingLevel: Heading = 'h2' }: Props) {
  return (
    <article className="post-card">
      <Heading className="post-card-title">
        <Link href={post.url} className="post-card-link">
          {post.title}
        </Link>
        {post.hidden && <HiddenBadge />}
      </Heading>
      <PostByline authors={post.authors} publishedAt={post.publishedAt} />
      <p className="text-zinc-700 dark:text-zinc-200">{post.excerpt}</p>
      <CategoryLinks categories={post.categories} label={`Categories of ${post.title}`} />
    </article>
  );
}
