import { allPosts } from 'contentlayer/generated';
import { notFound } from 'next/navigation';
import { PostList } from '../../../../components/post-list';
import { authorNames, authorSlugs, distinct, listed } from '../../../../lib/posts';

type Props = { params: Promise<{ author: string }> };

export function generateStaticParams() {
  return [...distinct(allPosts, authorNames).keys()].map((author) => ({ author }));
}

export async function generateMetadata({ params }: Props) {
  const { author } = await params;
  return { title: distinct(allPosts, authorNames).get(author) ?? author };
}

export default async function Author({ params }: Props) {
  const { author } = await params;
  const name = distinct(allPosts, authorNames).get(author);
  if (!name) notFound();
  return (
    <>
      <h1>Posts by {name}</h1>
      <PostList posts={listed(allPosts).filter((p) => authorSlugs(p).includes(author))} />
    </>
  );
}
