import { notFound } from 'next/navigation';
import { categories, categoryBySlug, postsInCategory } from '@/lib/content/queries';
import { laterPageNumbers, pageParam, paginate } from '@/lib/content/pagination';
import { categoryMetadata } from '@/lib/seo/metadata';
import { CategoryView } from '@/components/post/category-view';
import { pagedParams } from '@/lib/content/routes';

type Props = { params: Promise<{ category: string; page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const all = categories();
  const params = all.flatMap((c) => laterPageNumbers(c.count).map((n) => ({ category: c.slug, page: String(n) })));
  return pagedParams(params, { category: all[0]?.slug ?? 'none' });
}

export async function generateMetadata({ params }: Props) {
  const { category: slug, page } = await params;
  const category = categoryBySlug(slug);
  return category ? categoryMetadata(category, pageParam(page) ?? 1) : {};
}

export default async function CategoryListPage({ params }: Props) {
  const { category: slug, page: raw } = await params;
  const category = categoryBySlug(slug);
  const n = pageParam(raw);
  const page = category && n && n > 1 ? paginate(postsInCategory(category.slug), n) : null;
  if (!category || !page) notFound();
  return <CategoryView category={category} page={page} sidebar={categories()} />;
}
