import { site } from '../site';
import { postPath } from '../paths';
import { categorySlug } from '../rules/slug';

/*
 * The values a new post gets when the editor leaves them out, shared by `npm run new`, `npm run
 * import` and the CMS (which runs in the browser: nothing here may import Node).
 */

/**
 * The URL a new post's seo.url gets: its page on the configured site origin (SITE_URL). The CMS,
 * in the browser, passes the origin its generated config carries (written where SITE_URL is known).
 */
export function seoUrlFor(slug: string, origin: string = site.url): string {
  return `${origin.replace(/\/+$/, '')}${postPath(slug)}`;
}

/** A category item as the CMS writes it: "News & Announcements" -> {value: category-news-announcements, label}. */
export function categoryItem(label: string): { value: string; label: string } {
  return { value: `category-${categorySlug(label)}`, label: label.trim() };
}
