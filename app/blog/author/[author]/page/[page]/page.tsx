import { notFound } from 'next/navigation';
import { authorListing, staticParams } from '@/lib/content/routes';
import { authorMetadata } from '@/lib/seo/metadata';
import { AuthorView } from '@/components/post/author-view';

type Props = { params: Promise<{ author: string; page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams('/blog/author/[author]/page/[page]');
}

export async function generateMetadata({ params }: Props) {
  const { author, page } = await params;
  const listing = authorListing(author, page);
  return listing ? authorMetadata(listing.subject, listing.page.page) : {};
}

export default async function AuthorListPage({ params }: Props) {
  const { author, page } = await params;
  const listing = authorListing(author, page);
  if (!listing) notFound();
  return <AuthorView listing={listing} />;
}
