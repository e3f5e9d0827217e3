import { sitemapResponse } from '@/lib/syndication/sitemap';

export const dynamic = 'force-static';

export function GET() {
  return sitemapResponse();
}
