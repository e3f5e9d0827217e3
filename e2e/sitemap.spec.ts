import { expect, test } from '@playwright/test';
import { sitemapSchemaErrors } from './schemas/sitemap-schema';
import { listedArticles, sitemapUrls } from './support/sitemap';

const HIDDEN = 'unlisted-post-for-reviewers';

test('the sitemap is valid against the sitemaps.org schema, every part of it', async ({ request }) => {
  const root = await request.get('/sitemap.xml');
  expect(root.status()).toBe(200);
  const xml = await root.text();
  const checked = sitemapSchemaErrors(xml);
  expect(checked.errors).toEqual([]);
  if (checked.root === 'sitemapindex') {
    for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const part = await request.get(new URL(loc!).pathname);
      expect(sitemapSchemaErrors(await part.text())).toEqual({ root: 'urlset', errors: [] });
    }
  } else {
    expect(checked.root).toBe('urlset');
  }
});

test('the sitemap lists every public page with absolute URLs and dates, and no hidden post', async ({ request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const urls = await sitemapUrls(request);
  const locs = urls.map((u) => u.loc);
  expect(new Set(locs).size).toBe(locs.length);
  for (const loc of locs) expect(loc.startsWith(`${origin}/`), loc).toBe(true);
  for (const path of ['/', '/blog', '/blog/category', '/blog/author', '/blog/category/community', '/blog/author/allison-price']) {
    expect(locs).toContain(`${origin}${path}`);
  }
  expect(locs.some((l) => l.includes(HIDDEN))).toBe(false);

  const articles = await listedArticles(request);
  expect(articles.length).toBeGreaterThan(0);
  for (const article of articles) expect(article.lastmod, article.loc).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
  // The home page is as fresh as the newest article.
  expect(urls.find((u) => u.loc === `${origin}/`)?.lastmod).toBe(articles[0]!.lastmod);
  // Every listed article's page exists.
  const newest = await request.get(new URL(articles[0]!.loc).pathname);
  expect(newest.status()).toBe(200);
});

test('the hidden post is built, but noindex, and robots.txt allows crawling and names the sitemap', async ({ page, request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  await page.goto(`/blog/${HIDDEN}`);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);

  const robots = await request.get('/robots.txt');
  expect(robots.status()).toBe(200);
  const lines = (await robots.text()).split('\n').map((l) => l.trim());
  expect(lines).toContain('User-Agent: *');
  expect(lines).toContain('Allow: /');
  expect(lines).not.toContain('Disallow: /');
  expect(lines).toContain(`Sitemap: ${origin}/sitemap.xml`);
});
