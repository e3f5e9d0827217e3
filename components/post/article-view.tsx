import Link from 'next/link';
import type { Post, PostSummary } from '@/lib/content/queries';
import { searchIndexAttributes } from '@/lib/search/query';
import { PostByline } from './post-byline';
import { CategoryLinks } from './category-links';
import { HiddenBanner } from './hidden-banner';
import { PostTitleList } from './post-title-list';

type Neighbour = Pick<PostSummary, 'title' | 'url'> | null;

type Props = {
  post: Post;
  adjacent: { newer: Neighbour; older: Neighbour };
  related: Pick<PostSummary, 'slug' | 'title' | 'url' | 'publishedAt' | 'authors'>[];
  /** Under `next dev`: tell the editor a hidden post is hidden. Readers with the link never see the notice. */
  preview: boolean;
};

export function ArticleView({ post, adjacent, related, preview }: Props) {
  return (
    <article aria-labelledby="article-title" className="mx-auto max-w-3xl" {...searchIndexAttributes(post)}>
      {post.hidden && preview && <HiddenBanner />}
      <header className="mb-8 flex flex-col gap-4">
        {post.categories.length > 0 && (
          <div data-pagefind-ignore>
            <CategoryLinks categories={post.categories} />
          </div>
        )}
        <h1 id="article-title" className="text-2xl font-bold leading-tight tracking-tight text-zinc-900 sm:text-4xl dark:text-zinc-50">
          {post.title}
        </h1>
        <div data-pagefind-ignore>
          <PostByline authors={post.authors} publishedAt={post.publishedAt} readingMinutes={post.readingMinutes} />
        </div>
      </header>
      <div
        className="prose prose-zinc max-w-none dark:prose-invert prose-a:text-brand-700 dark:prose-a:text-brand-300 prose-headings:scroll-mt-4"
        dangerouslySetInnerHTML={{ __html: post.html }}
      />
      {(adjacent.newer || adjacent.older) && (
        <nav aria-label="More posts" data-pagefind-ignore className="mt-12 grid gap-4 border-t border-zinc-200 pt-6 sm:grid-cols-2 dark:border-zinc-800">
          {adjacent.older ? (
            <Link href={adjacent.older.url} rel="prev" className="group block">
              <span className="block muted">← Previous post</span>
              <span className="adjacent-title">{adjacent.older.title}</span>
            </Link>
          ) : (
            <span />
          )}
          {adjacent.newer && (
            <Link href={adjacent.newer.url} rel="next" className="group block sm:text-right">
              <span className="block muted">Next post →</span>
              <span className="adjacent-title">{adjacent.newer.title}</span>
            </Link>
          )}
        </nav>
      )}
      {related.length > 0 && (
        <section aria-labelledby="related" data-pagefind-ignore className="mt-12">
          <h2 id="related" className="mb-4 text-xl font-bold">
            Related posts
          </h2>
          <PostTitleList posts={related} />
        </section>
      )}
    </article>
  );
}
