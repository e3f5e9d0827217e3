import { notFound } from 'next/navigation';
import { postSlugs, postSummary } from '@/lib/content/queries';
import { CARD_SIZE, CARD_TYPE, cardImage, postCard } from '@/lib/og/card';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;
export const size = CARD_SIZE;
export const contentType = CARD_TYPE;

export function generateStaticParams() {
  return postSlugs().map((slug) => ({ slug }));
}

export default async function PostCard({ params }: Props) {
  const post = postSummary((await params).slug);
  if (!post) notFound();
  return cardImage(postCard(post));
}
