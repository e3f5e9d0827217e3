import { allPosts } from 'contentlayer/generated';
import { notFound } from 'next/navigation';
import { PostList } from '../../../../components/post-list';
import { categoryNames, categorySlugs, distinct, listed } from '../../../../lib/posts';

type Props = { params: Promise<{ category: string }> };

export function generateStaticParams() {
  return [...distinct(allPosts, categoryNames).keys()].map((category) => ({ category }));
}

export async function generateMetadata({ params }: Props) {
  const { category } = await params;
  return { title: distinct(allPosts, categoryNames).get(category) ?? category };
}

export default async function Category({ params }: Props) {
  const { category } = await params;
  const name = distinct(allPosts, categoryNames).get(category);
  if (!name) notFound();
  return (
    <>
      <h1>{name}</h1>
      <PostList posts={listed(allPosts).filter((p) => categorySlugs(p).includes(category))} />
    </>
  );
}
