import type { MetadataRoute } from 'next';
import { authors, categories, listedPosts, listedPostsByAuthor, listedPostsInCategory, type PostSummary } from '../content/queries';
import { authorPath, authorsPath, blogPath, categoriesPath, categoryPath, homePath, postPath, sitemapPartPath, sitemapPath } from '../paths';
import { absoluteUrl, site } from '../site';
import { pageCount } from '../content/pagination';

/*
 * The sitemap (sitemaps.org 0.9): every listed article and every public list, category and author
 * page, with absolute URLs and the date of the newest post each shows. Past `site.sitemapMaxUrls`
 * URLs, /sitemap.xml becomes a sitemap index of /sitemaps/1.xml, /sitemaps/2.xml…
 */

export type SitemapEntry = { url: string; lastModified: string | null };

const XMLNS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** The pages of a paginated list of posts, each dated by the newest post it shows. */
export function listPages(posts: Pick<PostSummary, 'publishedAt'>[], pathFor: (page: number) => string, size: number): SitemapEntry[] {
  const pages = pageCount(posts.length, size);
  return Array.from({ length: pages }, (_, i) => ({
    url: absoluteUrl(pathFor(i + 1)),
    lastModified: posts[i * size]?.publishedAt ?? null,
  }));
}

/** Every URL the sitemap lists, hidden posts never (not even under `next dev`). */
export function sitemapEntries(): SitemapEntry[] {
  const listed = listedPosts();
  const newest = listed[0]?.publishedAt ?? null;
  const entries: SitemapEntry[] = [
    { url: absoluteUrl(homePath()), lastModified: newest },
    ...listPages(listed, blogPath, site.pageSize),
    { url: absoluteUrl(categoriesPath()), lastModified: newest },
    { url: absoluteUrl(authorsPath()), lastModified: newest },
  ];
  for (const category of categories()) {
    const posts = listedPostsInCategory(category.slug);
    if (posts.length) entries.push(...listPages(posts, (n) => categoryPath(category.slug, n), site.pageSize));
  }
  for (const author of authors()) entries.push(...listPages(listedPostsByAuthor(author.slug), (n) => authorPath(author.slug, n), site.pageSize));
  for (const post of listed) entries.push({ url: absoluteUrl(postPath(post.slug)), lastModified: post.publishedAt });
  return entries;
}

const lastmod = (date: string | null) => (date ? `<lastmod>${escapeXml(date)}</lastmod>` : '');

/** A <urlset> document. */
export function urlsetXml(entries: SitemapEntry[]): string {
  const urls = entries.map((e) => `<url><loc>${escapeXml(e.url)}</loc>${lastmod(e.lastModified)}</url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${XMLNS}">\n${urls.join('\n')}\n</urlset>\n`;
}

/** A <sitemapindex> document naming each part. */
export function sitemapIndexXml(parts: SitemapEntry[]): string {
  const items = parts.map((p) => `<sitemap><loc>${escapeXml(p.url)}</loc>${lastmod(p.lastModified)}</sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${XMLNS}">\n${items.join('\n')}\n</sitemapindex>\n`;
}

/** The entries cut into parts of at most `max` URLs; always at least one part. */
export function sitemapParts(entries: SitemapEntry[], max: number = site.sitemapMaxUrls): SitemapEntry[][] {
  const parts: SitemapEntry[][] = [];
  for (let i = 0; i < entries.length; i += max) parts.push(entries.slice(i, i + max));
  return parts.length ? parts : [[]];
}

const newestOf = (entries: SitemapEntry[]) =>
  entries.reduce<string | null>((best, e) => (e.lastModified && (!best || e.lastModified > best) ? e.lastModified : best), null);

/** What /sitemap.xml holds: every URL, or, past `max`, the index of the parts. */
export function sitemapRootXml(entries: SitemapEntry[], max: number = site.sitemapMaxUrls): string {
  if (entries.length <= max) return urlsetXml(entries);
  return sitemapIndexXml(
    sitemapParts(entries, max).map((part, i) => ({ url: absoluteUrl(sitemapPartPath(i + 1)), lastModified: newestOf(part) })),
  );
}

const xmlResponse = (body: string) => new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });

/** The response of /sitemap.xml. */
export const sitemapResponse = () => xmlResponse(sitemapRootXml(sitemapEntries()));

/** Static params of /sitemaps/N.xml. A static export needs at least one, so part 1 always exists. */
export const sitemapPartParams = () => sitemapParts(sitemapEntries()).map((_, i) => ({ part: `${i + 1}.xml` }));

/** The response of /sitemaps/N.xml ("N.xml" as the route receives it), 404 for a part that does not exist. */
export function sitemapPartResponse(file: string): Response {
  const n = /^([1-9]\d*)\.xml$/.exec(file)?.[1];
  const part = n ? sitemapParts(sitemapEntries())[Number(n) - 1] : undefined;
  return part ? xmlResponse(urlsetXml(part)) : new Response('Not found', { status: 404 });
}

/** robots.txt: crawl everything, and here is the sitemap. */
export function robotsRules(): MetadataRoute.Robots {
  return { rules: [{ userAgent: '*', allow: '/' }], sitemap: absoluteUrl(sitemapPath()) };
}
