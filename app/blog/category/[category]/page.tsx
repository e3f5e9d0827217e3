import { notFound } from 'next/navigation';
import { categories, categoryBySlug, postsInCategory } from '@/lib/content/queries';
import { paginate } from '@/lib/content/pagination';
import { categoryMetadata } from '@/lib/seo/metadata';
import { CategoryView } from '@/components/post/category-view';

type Props = { params: Promise<{ category: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return categories().map((c) => ({ category: c.slug }));
}

export async function generateMetadata({ params }: Props) {
  const category = categoryBySlug((await params).category);
  return category ? categoryMetadata(category, 1) : {};
}

export default async function CategoryPage({ params }: Props) {
  const category = categoryBySlug((await params).category);
  if (!category) notFound();
  const page = paginate(postsInCategory(category.slug), 1)!;
  return <CategoryView category={category} page={page} sidebar={categories()} />;
}
