import { expect, test } from '@playwright/test';
import { PAGE_CACHE_CONTROL } from '../lib/serving/cache-control';
import { FIXTURE_POSTS } from './support/expected';

// A browser revalidates a page once its max-age (300 s) runs out: it sends the ETag it holds and
// gets a 304 without the page, or the page whole when it changed; a feed reader polls a feed so.
// next start: the tag the build wrote into the response's .meta, the 304 from proxy.ts
// (lib/serving/etags.ts); the static export: nginx's own.
const PAGES = ['/', '/blog/page/2', `/blog/${FIXTURE_POSTS.opendev.slug}`, '/blog/category/community', '/blog/author/allison-price', '/search', '/rss.xml', '/sitemap.xml', '/opengraph-image'];

for (const path of PAGES) {
  test(`${path}: a browser holding the page gets a 304 with the page's headers and no body, one holding another gets it whole`, async ({ request }) => {
    const page = await request.get(path);
    expect(page.status()).toBe(200);
    const etag = page.headers().etag;
    expect(etag).toMatch(/^(W\/)?"[^"]+"$/);

    const held = await request.get(path, { headers: { 'If-None-Match': etag! } });
    expect(held.status()).toBe(304);
    expect((await held.body()).length).toBe(0);
    expect(held.headers().etag).toBe(etag);
    expect(held.headers()['cache-control']).toBe(PAGE_CACHE_CONTROL);
    expect(held.headers()['content-security-policy']).toBe(page.headers()['content-security-policy']);
    // RFC 9110 15.4.5: a 304 repeats the Vary the response was sent with.
    expect(held.headers().vary).toBe(page.headers().vary);

    const other = await request.get(path, { headers: { 'If-None-Match': '"another-version-of-the-page"' } });
    expect(other.status()).toBe(200);
    expect(other.headers().etag).toBe(etag);
    expect(await other.text()).toBe(await page.text());
  });
}

test('each page has its own ETag', async ({ request }) => {
  const etags = await Promise.all(PAGES.map(async (path) => (await request.get(path)).headers().etag));
  expect(new Set(etags).size).toBe(PAGES.length);
});

test("a client-side navigation's RSC payload is sent whole, never answered with the page's 304", async ({ page, request }) => {
  const article = `/blog/${FIXTURE_POSTS.opendev.slug}`;
  const htmlEtag = (await request.get(article)).headers().etag;
  expect(htmlEtag).toBeTruthy();
  // From before the first page loads: Next may prefetch the article's payload as soon as its link is in view.
  const payloads: { url: string; type: string; headers: Record<string, string> }[] = [];
  page.on('response', (r) => {
    if (r.request().headers().rsc === '1' && new URL(r.url()).pathname.startsWith(article) && r.status() === 200) {
      payloads.push({ url: r.url(), type: r.headers()['content-type'] ?? '', headers: r.request().headers() });
    }
  });
  await page.goto('/blog/category/events');
  await page.getByRole('link', { name: FIXTURE_POSTS.opendev.title }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(FIXTURE_POSTS.opendev.title);
  expect(payloads.length).toBeGreaterThan(0);
  for (const payload of payloads) {
    expect(payload.type).not.toContain('text/html');
    // Asked again holding the page's tag (next start sends the payload with the page's .meta, so with its tag).
    const again = await request.get(payload.url, { headers: { ...payload.headers, 'if-none-match': htmlEtag! } });
    expect(again.status(), payload.url).toBe(200);
    expect(again.headers()['content-type']).not.toContain('text/html');
    expect((await again.body()).length).toBeGreaterThan(0);
  }
});
