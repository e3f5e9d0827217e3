import Link from 'next/link';
import { latestPosts } from '@/lib/content/queries';
import { homeMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';
import { blogPath } from '@/lib/paths';
import { HomeLd } from '@/components/seo/json-ld';
import { FeaturedPost } from '@/components/post/featured-post';
import { PostList } from '@/components/post/post-list';

export const metadata = homeMetadata();

export default function HomePage() {
  const [featured, ...latest] = latestPosts(7);
  return (
    <>
      <HomeLd />
      <h1 className="sr-only">{site.name}</h1>
      {featured && <FeaturedPost post={featured} />}
      <section aria-labelledby="latest" className="mt-10">
        <h2 id="latest" className="text-2xl font-bold tracking-tight">
          Latest posts
        </h2>
        <PostList posts={latest} headingLevel="h3" />
        <Link href={blogPath()} className="mt-4 inline-block font-medium text-brand-700 underline dark:text-brand-300">
          All posts
        </Link>
      </section>
    </>
  );
}
