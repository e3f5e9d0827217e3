import { feedResponse } from '@/lib/syndication/feeds';

export const dynamic = 'force-static';

export function GET() {
  return feedResponse({ kind: 'site' }, 'rss.xml');
}
