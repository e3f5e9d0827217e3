import { expect, type APIRequestContext } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';

export type Loc = { loc: string; lastmod?: string };

const parser = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });

/** Every <url> of the site's sitemap, following the index into its parts when there is one. */
export async function sitemapUrls(request: APIRequestContext): Promise<Loc[]> {
  const res = await request.get('/sitemap.xml');
  expect(res.status()).toBe(200);
  const doc = parser.parse(await res.text());
  if (doc.urlset) return doc.urlset.url as Loc[];
  const parts: Loc[] = [];
  for (const part of doc.sitemapindex.sitemap as Loc[]) {
    const partRes = await request.get(new URL(part.loc).pathname);
    expect(partRes.status()).toBe(200);
    parts.push(...(parser.parse(await partRes.text()).urlset.url as Loc[]));
  }
  return parts;
}

/** The listed articles the sitemap names, newest first (ties by slug), as the feeds order them. */
export async function listedArticles(request: APIRequestContext): Promise<Loc[]> {
  const articles = (await sitemapUrls(request)).filter((u) => /^\/blog\/(?!(?:page|category|author)(?:\/|$))[^/]+$/.test(new URL(u.loc).pathname));
  return articles.sort((a, b) => (b.lastmod ?? '').localeCompare(a.lastmod ?? '') || a.loc.localeCompare(b.loc));
}
