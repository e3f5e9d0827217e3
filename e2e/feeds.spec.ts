import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { listedArticles } from './support/sitemap';

const HIDDEN = 'unlisted-post-for-reviewers';
const FEED_SIZE = 20;

type Scope = { name: string; base: string; page: string; label?: string };
const SCOPES: Scope[] = [
  { name: 'the whole blog', base: '', page: '/' },
  { name: 'a category', base: '/blog/category/community', page: '/blog/category/community', label: 'Community' },
  { name: 'an author', base: '/blog/author/allison-price', page: '/blog/author/allison-price' },
];

/** What one post looks like in every format, to compare the three feeds with each other. */
type Item = { link: string; date: number; content: string; categories: string[] };

/** A date in whole seconds since the epoch: RSS dates (RFC 822) carry no milliseconds. */
const seconds = (text: string | undefined) => Math.floor(Date.parse(text ?? '') / 1000);

async function get(request: APIRequestContext, path: string) {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  return { body: await res.text(), type: res.headers()['content-type'] ?? '' };
}

/** Every href/src in an item's HTML, found by an HTML parser. */
function urlsIn(html: string): string[] {
  const urls: string[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node) => {
    for (const name of ['href', 'src'] as const) {
      const value = node.properties[name];
      if (typeof value === 'string') urls.push(value);
    }
  });
  return urls;
}

async function readFeeds(request: APIRequestContext, base: string) {
  const rss = await get(request, `${base}/rss.xml`);
  const alias = await get(request, `${base}/feed.xml`);
  const atom = await get(request, `${base}/atom.xml`);
  const json = await get(request, `${base}/feed.json`);
  for (const f of [rss, alias, atom]) expect(f.type).toMatch(/xml/);
  expect(json.type).toMatch(/json/);

  const r = parseRssFeed(rss.body);
  const a = parseAtomFeed(atom.body);
  const j = parseJsonFeed(JSON.parse(json.body));
  const rssItems: Item[] = (r.items ?? []).map((i) => ({
    link: i.link ?? '',
    date: seconds(i.pubDate),
    content: i.content?.encoded ?? '',
    categories: (i.categories ?? []).map((c) => c.name ?? ''),
  }));
  const atomItems: Item[] = (a.entries ?? []).map((e) => ({
    link: e.links?.[0]?.href ?? '',
    date: seconds(e.published),
    content: e.content?.value ?? '',
    categories: (e.categories ?? []).map((c) => c.label ?? ''),
  }));
  const jsonItems: Item[] = (j.items ?? []).map((i) => ({
    link: i.url ?? '',
    date: seconds(i.date_published),
    content: i.content_html ?? '',
    categories: i.tags ?? [],
  }));
  return { rss: r, alias: parseRssFeed(alias.body), atom: a, json: j, rawJson: JSON.parse(json.body), rssItems, atomItems, jsonItems };
}

/** The "N posts" count a category or author page shows. */
async function shownCount(page: Page, path: string): Promise<number> {
  await page.goto(path);
  const text = await page.getByText(/^\d+ posts?$/).first().textContent();
  return Number(text?.match(/\d+/)?.[0]);
}

for (const scope of SCOPES) {
  test(`the feeds of ${scope.name} agree, carry the newest listed posts and never the hidden one`, async ({ page, request, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const articles = await listedArticles(request);
    const lastmod = new Map(articles.map((a) => [a.loc, seconds(a.lastmod)]));
    const feeds = await readFeeds(request, scope.base);

    // RSS, Atom and JSON Feed list the same posts, in the same order, with the same dates.
    expect(feeds.atomItems.map((i) => i.link)).toEqual(feeds.rssItems.map((i) => i.link));
    expect(feeds.jsonItems.map((i) => i.link)).toEqual(feeds.rssItems.map((i) => i.link));
    expect(feeds.atomItems.map((i) => i.date)).toEqual(feeds.rssItems.map((i) => i.date));
    expect(feeds.jsonItems.map((i) => i.date)).toEqual(feeds.rssItems.map((i) => i.date));

    const links = feeds.rssItems.map((i) => i.link);
    if (scope.base === '') {
      expect(links).toEqual(articles.slice(0, FEED_SIZE).map((a) => a.loc));
    } else {
      const count = await shownCount(page, scope.page);
      expect(count).toBeGreaterThan(0);
      expect(links).toHaveLength(Math.min(FEED_SIZE, count));
      for (const link of links) expect(lastmod.has(link), `${link} is a listed article`).toBe(true);
    }
    expect(links.some((l) => l.includes(HIDDEN))).toBe(false);
    expect(feeds.rss.items?.some((i) => (i.title ?? '').includes('Unlisted'))).toBe(false);

    for (const item of feeds.rssItems) {
      expect(item.link.startsWith(`${origin}/blog/`)).toBe(true);
      // Each date is the post's publication date, the one the sitemap gives it.
      expect(item.date).toBe(lastmod.get(item.link));
      expect(item.content.length).toBeGreaterThan(0);
      for (const url of urlsIn(item.content)) expect(url, `in ${item.link}`).toMatch(/^(https?:\/\/|mailto:)/);
      if (scope.label) expect(item.categories).toContain(scope.label);
    }
    const dates = feeds.rssItems.map((i) => i.date);
    expect(dates).toEqual([...dates].sort((x, y) => y - x));

    // The channel is dated by its newest post, and each file links to itself.
    expect(seconds(feeds.rss.lastBuildDate)).toBe(dates[0]);
    expect(seconds(feeds.atom.updated)).toBe(dates[0]);
    expect(feeds.rss.atom?.links?.[0]?.href).toBe(`${origin}${scope.base}/rss.xml`);
    expect(feeds.alias.atom?.links?.[0]?.href).toBe(`${origin}${scope.base}/feed.xml`);
    expect(feeds.alias.items?.map((i) => i.link)).toEqual(links);
    expect(feeds.atom.links).toContainEqual({ href: `${origin}${scope.base}/atom.xml`, rel: 'self' });
    expect(feeds.rawJson.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feeds.json.feed_url).toBe(`${origin}${scope.base}/feed.json`);
    expect(feeds.json.items?.every((i) => (i.authors ?? []).length > 0)).toBe(true);
  });
}

test('pages announce their feeds and show links to them', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const alternates = async () =>
    page.locator('head link[rel="alternate"][type]').evaluateAll((links) => links.map((l) => `${l.getAttribute('type')} ${l.getAttribute('href')}`));

  await page.goto('/');
  expect(await alternates()).toEqual([
    `application/rss+xml ${origin}/rss.xml`,
    `application/atom+xml ${origin}/atom.xml`,
    `application/feed+json ${origin}/feed.json`,
  ]);
  const footer = page.getByRole('contentinfo');
  await expect(footer.getByRole('link', { name: 'RSS' })).toHaveAttribute('href', '/rss.xml');
  await expect(footer.getByRole('link', { name: 'Atom' })).toHaveAttribute('href', '/atom.xml');
  await expect(footer.getByRole('link', { name: 'JSON Feed' })).toHaveAttribute('href', '/feed.json');

  await page.goto('/blog/category/community');
  expect(await alternates()).toContain(`application/rss+xml ${origin}/blog/category/community/rss.xml`);
  expect(await alternates()).toContain(`application/rss+xml ${origin}/rss.xml`);
  await expect(page.getByRole('main').getByRole('link', { name: 'Atom' })).toHaveAttribute('href', '/blog/category/community/atom.xml');

  await page.goto('/blog/author/allison-price');
  expect(await alternates()).toContain(`application/feed+json ${origin}/blog/author/allison-price/feed.json`);
  await expect(page.getByRole('main').getByRole('link', { name: 'RSS' })).toHaveAttribute('href', '/blog/author/allison-price/rss.xml');
});
