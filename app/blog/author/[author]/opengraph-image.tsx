import { notFound } from 'next/navigation';
import { authorBySlug } from '@/lib/content/queries';
import { staticParams } from '@/lib/content/routes';
import { CARD_SIZE, CARD_TYPE, authorCard } from '@/lib/og/card';
import { cardImage } from '@/components/og/social-card';

type Props = { params: Promise<{ author: string }> };

export const dynamicParams = false;
export const size = CARD_SIZE;
export const contentType = CARD_TYPE;

export function generateStaticParams() {
  return staticParams('/blog/author/[author]');
}

export default async function AuthorCard({ params }: Props) {
  const author = authorBySlug((await params).author);
  if (!author) notFound();
  return cardImage(authorCard(author));
}
