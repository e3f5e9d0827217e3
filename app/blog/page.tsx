import { browsablePosts, categories } from '@/lib/content/queries';
import { paginate } from '@/lib/content/pagination';
import { blogMetadata } from '@/lib/seo/metadata';
import { blogPath } from '@/lib/paths';
import { PagedPostList } from '@/components/post/paged-post-list';

export const metadata = blogMetadata(1);

export default function BlogPage() {
  const page = paginate(browsablePosts(), 1)!;
  return <PagedPostList title="All posts" page={page} hrefFor={blogPath} sidebar={categories()} />;
}
