import { notFound } from 'next/navigation';
import { authorBySlug, authors, postsByAuthor } from '@/lib/content/queries';
import { paginate } from '@/lib/content/pagination';
import { authorMetadata } from '@/lib/seo/metadata';
import { AuthorView } from '@/components/post/author-view';

type Props = { params: Promise<{ author: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return authors().map((a) => ({ author: a.slug }));
}

export async function generateMetadata({ params }: Props) {
  const author = authorBySlug((await params).author);
  return author ? authorMetadata(author, 1) : {};
}

export default async function AuthorPage({ params }: Props) {
  const author = authorBySlug((await params).author);
  if (!author) notFound();
  return <AuthorView author={author} page={paginate(postsByAuthor(author.slug), 1)!} />;
}
