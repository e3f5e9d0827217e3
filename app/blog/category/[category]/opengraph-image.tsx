import { notFound } from 'next/navigation';
import { categoryBySlug } from '@/lib/content/queries';
import { staticParams } from '@/lib/content/routes';
import { CARD_SIZE, CARD_TYPE, categoryCard } from '@/lib/og/card';
import { cardImage } from '@/components/og/social-card';

type Props = { params: Promise<{ category: string }> };

export const dynamicParams = false;
export const size = CARD_SIZE;
export const contentType = CARD_TYPE;

export function generateStaticParams() {
  return staticParams('/blog/category/[category]');
}

export default async function CategoryCard({ params }: Props) {
  const category = categoryBySlug((await params).category);
  if (!category) notFound();
  return cardImage(categoryCard(category));
}
