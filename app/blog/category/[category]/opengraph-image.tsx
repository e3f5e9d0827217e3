import { notFound } from 'next/navigation';
import { categories, categoryBySlug } from '@/lib/content/queries';
import { CARD_SIZE, CARD_TYPE, cardImage, categoryCard } from '@/lib/og/card';

type Props = { params: Promise<{ category: string }> };

export const dynamicParams = false;
export const size = CARD_SIZE;
export const contentType = CARD_TYPE;

export function generateStaticParams() {
  return categories().map((c) => ({ category: c.slug }));
}

export default async function CategoryCard({ params }: Props) {
  const category = categoryBySlug((await params).category);
  if (!category) notFound();
  return cardImage(categoryCard(category));
}
