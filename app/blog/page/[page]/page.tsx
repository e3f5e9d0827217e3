import { notFound } from 'next/navigation';
import { browsablePosts, categories } from '@/lib/content/queries';
import { laterPageNumbers, pageParam, paginate } from '@/lib/content/pagination';
import { blogMetadata } from '@/lib/seo/metadata';
import { blogPath } from '@/lib/paths';
import { PagedPostList } from '@/components/post/paged-post-list';
import { pagedParams } from '@/lib/content/routes';

type Props = { params: Promise<{ page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return pagedParams(laterPageNumbers(browsablePosts().length).map((n) => ({ page: String(n) })), {});
}

export async function generateMetadata({ params }: Props) {
  return blogMetadata(pageParam((await params).page) ?? 1);
}

export default async function BlogListPage({ params }: Props) {
  const n = pageParam((await params).page);
  const page = n && n > 1 ? paginate(browsablePosts(), n) : null;
  if (!page) notFound();
  return <PagedPostList title="All posts" page={page} hrefFor={blogPath} sidebar={categories()} />;
}
