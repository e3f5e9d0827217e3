import type { PostSummary } from '@/lib/content/queries';
import { PostCard } from './post-card';

export function PostList({ posts, headingLevel }: { posts: PostSummary[]; headingLevel?: 'h2' | 'h3' }) {
  if (posts.length === 0) return <p className="py-6 text-zinc-600 dark:text-zinc-300">No posts yet.</p>;
  return (
    <div>
      {posts.map((post) => (
        <PostCard key={post.slug} post={post} headingLevel={headingLevel} />
      ))}
    </div>
  );
}
