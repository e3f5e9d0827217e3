import { notFound } from 'next/navigation';
import { postSummary } from '@/lib/content/queries';
import { staticParams } from '@/lib/content/routes';
import { isStaticExport } from '@/lib/env';
import { CARD_SIZE, CARD_TYPE, postCard } from '@/lib/og/card';
import { cardImage } from '@/components/og/social-card';

type Props = { params: Promise<{ slug: string }> };

export const size = CARD_SIZE;
export const contentType = CARD_TYPE;

// Under next start no post card is prerendered (and dynamicParams keeps its default, true, which a
// static export refuses if written out): the build's cards step, scripts/cards-build.ts, draws each
// into the card cache, and next start serves it from there on its first request, then from its own
// cache; a slug with no post is a 404. The static export still writes every card.
export function generateStaticParams() {
  return isStaticExport() ? staticParams('/blog/[slug]') : [];
}

export default async function PostCard({ params }: Props) {
  const post = postSummary((await params).slug);
  if (!post) notFound();
  return cardImage(postCard(post));
}
