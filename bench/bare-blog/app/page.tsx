import { allPosts } from 'contentlayer/generated';
import Link from 'next/link';
import { PostList } from '../components/post-list';
import { listed } from '../lib/posts';

export default function Home() {
  return (
    <>
      <h1>Latest posts</h1>
      <PostList posts={listed(allPosts).slice(0, 20)} />
      <Link href="/blog">All posts</Link>
    </>
  );
}
