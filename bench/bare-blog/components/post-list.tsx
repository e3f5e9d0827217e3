import Link from 'next/link';
import type { Post } from 'contentlayer/generated';
import { formatDate } from '../lib/posts';

export function PostList({ posts }: { posts: Post[] }) {
  return (
    <ul>
      {posts.map((post) => (
        <li key={post.slug}>
          <Link href={`/blog/${post.slug}`}>{post.title}</Link> <small>{formatDate(post.date)} · {post.author}</small>
        </li>
      ))}
    </ul>
  );
}
