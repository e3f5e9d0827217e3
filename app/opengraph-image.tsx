import { CARD_SIZE, CARD_TYPE, cardImage, siteCard } from '@/lib/og/card';

export const size = CARD_SIZE;
export const contentType = CARD_TYPE;

export default function SiteCard() {
  return cardImage(siteCard());
}
