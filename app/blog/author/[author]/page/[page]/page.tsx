import { notFound } from 'next/navigation';
import { authorBySlug, authors, postsByAuthor } from '@/lib/content/queries';
import { laterPageNumbers, pageParam, paginate } from '@/lib/content/pagination';
import { authorMetadata } from '@/lib/seo/metadata';
import { AuthorView } from '@/components/post/author-view';
import { pagedParams } from '@/lib/content/routes';

type Props = { params: Promise<{ author: string; page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const all = authors();
  const params = all.flatMap((a) => laterPageNumbers(a.count).map((n) => ({ author: a.slug, page: String(n) })));
  return pagedParams(params, { author: all[0]?.slug ?? 'none' });
}

export async function generateMetadata({ params }: Props) {
  const { author: slug, page } = await params;
  const author = authorBySlug(slug);
  return author ? authorMetadata(author, pageParam(page) ?? 1) : {};
}

export default async function AuthorListPage({ params }: Props) {
  const { author: slug, page: raw } = await params;
  const author = authorBySlug(slug);
  const n = pageParam(raw);
  const page = author && n && n > 1 ? paginate(postsByAuthor(author.slug), n) : null;
  if (!author || !page) notFound();
  return <AuthorView author={author} page={page} />;
}
