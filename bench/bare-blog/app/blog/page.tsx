import { allPosts } from 'contentlayer/generated';
import { PostList } from '../../components/post-list';
import { listed } from '../../lib/posts';

export const metadata = { title: 'All posts' };

export default function Blog() {
  return (
    <>
      <h1>All posts</h1>
      <PostList posts={listed(allPosts)} />
    </>
  );
}
