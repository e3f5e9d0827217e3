import type { MetadataRoute } from 'next';
import { robotsRules } from '@/lib/syndication/sitemap';

// A static export needs it said: robots.txt is a file written at build time.
export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return robotsRules();
}
