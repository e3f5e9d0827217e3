import { notFound } from 'next/navigation';
import { categories } from '@/lib/content/queries';
import { categoryListing, staticParams } from '@/lib/content/routes';
import { categoryMetadata } from '@/lib/seo/metadata';
import { CategoryView } from '@/components/post/category-view';

type Props = { params: Promise<{ category: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams('/blog/category/[category]');
}

export async function generateMetadata({ params }: Props) {
  const listing = categoryListing((await params).category);
  return listing ? categoryMetadata(listing.subject, 1) : {};
}

export default async function CategoryPage({ params }: Props) {
  const listing = categoryListing((await params).category);
  if (!listing) notFound();
  return <CategoryView listing={listing} sidebar={categories()} />;
}
