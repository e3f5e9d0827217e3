import { notFound } from 'next/navigation';
import { postSummary } from '@/lib/content/queries';
import { staticParams } from '@/lib/content/routes';
import { CARD_SIZE, CARD_TYPE, postCard } from '@/lib/og/card';
import { cardImage } from '@/components/og/social-card';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;
export const size = CARD_SIZE;
export const contentType = CARD_TYPE;

export function generateStaticParams() {
  return staticParams('/blog/[slug]');
}

export default async function PostCard({ params }: Props) {
  const post = postSummary((await params).slug);
  if (!post) notFound();
  return cardImage(postCard(post));
}
