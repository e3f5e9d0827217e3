import { expect, test } from '@playwright/test';
import { commonSecurityHeaders, contentSecurityPolicy, scriptSources } from '../lib/security/headers';
import { inlineScriptHashes } from '../lib/security/csp-hashes';

// The headers of lib/security/headers.ts, byte for byte, on every kind of response of the server
// under test (next start: proxy.ts; the static export: deploy/nginx.conf and its generated files).
const PAGES = ['/', '/blog/page/2', '/blog/openinfra-foundation-welcomes-microsoft', '/blog/category/community', '/blog/author/allison-price', '/search', '/blog/no-such-post'];
const OTHER = ['/rss.xml', '/feed.json', '/robots.txt', '/sitemap.xml', '/opengraph-image', '/pagefind/pagefind.js'];

for (const path of PAGES) {
  test(`${path}: the common headers, and a CSP whose hashes are exactly those of the page's own inline scripts`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(path === '/blog/no-such-post' ? 404 : 200);
    for (const { key, value } of commonSecurityHeaders()) expect(response.headers()[key.toLowerCase()], key).toBe(value);
    const html = await response.text();
    const hashes = inlineScriptHashes(html);
    expect(hashes.length).toBeGreaterThanOrEqual(3);
    expect(response.headers()['content-security-policy']).toBe(contentSecurityPolicy(scriptSources(hashes)));
    // Plain HTTP: no HSTS (nginx sends it over HTTPS only; next start never).
    expect(response.headers()['strict-transport-security']).toBeUndefined();
  });
}

test('feeds, robots, sitemap, cards, Pagefind and Next assets carry the common headers too', async ({ request, page }) => {
  await page.goto('/');
  const asset = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  for (const path of [...OTHER, asset!]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    for (const { key, value } of commonSecurityHeaders()) expect(response.headers()[key.toLowerCase()], `${path} ${key}`).toBe(value);
    expect(response.headers()['strict-transport-security'], path).toBeUndefined();
  }
});
