import { CARD_SIZE, CARD_TYPE, siteCard } from '@/lib/og/card';
import { cardImage } from '@/components/og/social-card';

// A static export needs it said: this card is built once, at build time.
export const dynamic = 'force-static';
export const size = CARD_SIZE;
export const contentType = CARD_TYPE;

export default function SiteCard() {
  return cardImage(siteCard());
}
