import { notFound } from 'next/navigation';
import { postSummary } from '@/lib/content/queries';
import { CARD_SIZE, CARD_TYPE, postCard, prerenderedPostCards } from '@/lib/og/card';
import { cardImage } from '@/components/og/social-card';

type Props = { params: Promise<{ slug: string }> };

export const size = CARD_SIZE;
export const contentType = CARD_TYPE;

// dynamicParams keeps its default, true (a static export refuses it written out): under next start
// each post's card is rendered on its first request, from the card cache; a slug with no post is a 404.
export function generateStaticParams() {
  return prerenderedPostCards();
}

export default async function PostCard({ params }: Props) {
  const post = postSummary((await params).slug);
  if (!post) notFound();
  return cardImage(postCard(post));
}
