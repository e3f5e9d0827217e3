import Link from 'next/link';
import type { PostSummary } from '@/lib/content/queries';
import { PostByline } from './post-byline';
import { CategoryLinks } from './category-links';
import { HiddenBadge } from './hidden-badge';

export function FeaturedPost({ post }: { post: PostSummary }) {
  return (
    <section aria-labelledby="featured" className="rounded-2xl bg-zinc-50 p-6 sm:p-10 dark:bg-zinc-900">
      <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-300">Featured</p>
      <h2 id="featured" className="text-2xl font-bold leading-tight tracking-tight sm:text-4xl">
        <Link href={post.url} className="title-link">
          {post.title}
        </Link>
        {post.hidden && <HiddenBadge />}
      </h2>
      <div className="mt-3">
        <PostByline authors={post.authors} publishedAt={post.publishedAt} readingMinutes={post.readingMinutes} />
      </div>
      <p className="mt-4 text-lg text-zinc-700 dark:text-zinc-200">{post.description}</p>
      <div className="mt-4">
        <CategoryLinks categories={post.categories} />
      </div>
    </section>
  );
}
