import { CARD_SIZE, CARD_TYPE, cardImage, siteCard } from '@/lib/og/card';

// A static export needs it said: this card is built once, at build time.
export const dynamic = 'force-static';
export const size = CARD_SIZE;
export const contentType = CARD_TYPE;

export default function SiteCard() {
  return cardImage(siteCard());
}
