import { notFound } from 'next/navigation';
import { categories } from '@/lib/content/queries';
import { blogListing, staticParams } from '@/lib/content/routes';
import { blogMetadata } from '@/lib/seo/metadata';
import { BlogView } from '@/components/post/blog-view';

type Props = { params: Promise<{ page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams('/blog/page/[page]');
}

export async function generateMetadata({ params }: Props) {
  const listing = blogListing((await params).page);
  return listing ? blogMetadata(listing.page.page) : {};
}

export default async function BlogListPage({ params }: Props) {
  const listing = blogListing((await params).page);
  if (!listing) notFound();
  return <BlogView listing={listing} sidebar={categories()} />;
}
