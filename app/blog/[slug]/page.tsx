import { notFound } from 'next/navigation';
import { PREVIEW, adjacentPosts, postBySlug, postSummary, relatedPosts } from '@/lib/content/queries';
import { staticParams } from '@/lib/content/routes';
import { articleMetadata } from '@/lib/seo/metadata';
import { articleCrumbs } from '@/lib/seo/json-ld';
import { ArticleLd, BreadcrumbLd } from '@/components/seo/json-ld';
import { ArticleView } from '@/components/post/article-view';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams('/blog/[slug]');
}

export async function generateMetadata({ params }: Props) {
  const post = postSummary((await params).slug);
  return post ? articleMetadata(post) : {};
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const post = postBySlug(slug);
  if (!post) notFound();
  return (
    <>
      <ArticleLd post={post} />
      <BreadcrumbLd trail={articleCrumbs(post)} />
      <ArticleView post={post} adjacent={adjacentPosts(slug)} related={relatedPosts(slug)} preview={PREVIEW} />
    </>
  );
}
