import { notFound } from 'next/navigation';
import { authorBySlug, authors } from '@/lib/content/queries';
import { CARD_SIZE, CARD_TYPE, authorCard, cardImage } from '@/lib/og/card';

type Props = { params: Promise<{ author: string }> };

export const dynamicParams = false;
export const size = CARD_SIZE;
export const contentType = CARD_TYPE;

export function generateStaticParams() {
  return authors().map((a) => ({ author: a.slug }));
}

export default async function AuthorCard({ params }: Props) {
  const author = authorBySlug((await params).author);
  if (!author) notFound();
  return cardImage(authorCard(author));
}
