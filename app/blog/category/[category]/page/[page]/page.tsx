import { notFound } from 'next/navigation';
import { categories } from '@/lib/content/queries';
import { categoryListing, staticParams } from '@/lib/content/routes';
import { categoryMetadata } from '@/lib/seo/metadata';
import { CategoryView } from '@/components/post/category-view';

type Props = { params: Promise<{ category: string; page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams('/blog/category/[category]/page/[page]');
}

export async function generateMetadata({ params }: Props) {
  const { category, page } = await params;
  const listing = categoryListing(category, page);
  return listing ? categoryMetadata(listing.subject, listing.page.page) : {};
}

export default async function CategoryListPage({ params }: Props) {
  const { category, page } = await params;
  const listing = categoryListing(category, page);
  if (!listing) notFound();
  return <CategoryView listing={listing} sidebar={categories()} />;
}
