import type { MetadataRoute } from 'next';
import { robotsRules } from '@/lib/sitemap';

export default function robots(): MetadataRoute.Robots {
  return robotsRules();
}
