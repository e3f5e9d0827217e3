import { site } from '../site';
import { postPath } from '../paths';
import { categorySlug } from '../rules/slug';

/*
 * The values a new post gets when the editor leaves them out, shared by `npm run new`, `npm run
 * import` and the CMS (which runs in the browser: nothing here may import Node).
 */

/** The canonical URL the CMS writes in seo.url: on the foundation's domain, whatever SITE_URL is. */
export function seoUrlFor(slug: string): string {
  return `https://${site.domains[0]}${postPath(slug)}`;
}

/** A category item as the CMS writes it: "News & Announcements" -> {value: category-news-announcements, label}. */
export function categoryItem(label: string): { value: string; label: string } {
  return { value: `category-${categorySlug(label)}`, label: label.trim() };
}
