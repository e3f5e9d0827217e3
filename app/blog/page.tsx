import { browsablePosts, categories } from '@/lib/content';
import { paginate } from '@/lib/pagination';
import { blogMetadata } from '@/lib/seo';
import { blogPath } from '@/lib/paths';
import { PagedPostList } from '@/components/post/paged-post-list';

export const metadata = blogMetadata(1);

export default function BlogPage() {
  const page = paginate(browsablePosts(), 1)!;
  return <PagedPostList title="All posts" page={page} hrefFor={blogPath} sidebar={categories()} />;
}
