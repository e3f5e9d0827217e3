import { categories } from '@/lib/content/queries';
import { blogListing } from '@/lib/content/routes';
import { blogMetadata } from '@/lib/seo/metadata';
import { BlogView } from '@/components/post/blog-view';

export const metadata = blogMetadata(1);

export default function BlogPage() {
  return <BlogView listing={blogListing()!} sidebar={categories()} />;
}
