import { expect, test } from '@playwright/test';
import { commonSecurityHeaders, contentSecurityPolicy, scriptSources } from '../lib/security/headers';
import { inlineScriptHashes } from '../lib/security/csp-hashes';

// The headers of lib/security/headers.ts, byte for byte, on every kind of response of the server
// under test (next start: each prerendered response's .meta, and proxy.ts for the rest; the static
// export: deploy/nginx.conf and its generated files).
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

// Next appends a prerendered response's .meta headers to whatever the proxy set (lib/security/server-headers.ts):
// a header sent twice ("DENY, DENY") is one a browser may drop. Raw header lines, counted.
const ARTICLE = '/blog/openinfra-foundation-welcomes-microsoft';
// `holding`: the request's If-None-Match; "its own" is the tag the response itself was sent with.
// `again`: asked once before (a response rendered on request is then served from Next's cache).
const KINDS: { method?: 'GET' | 'HEAD' | 'POST'; path: string; status: number; holding?: string; again?: boolean }[] = [
  { path: ARTICLE, status: 200 },
  { method: 'HEAD', path: ARTICLE, status: 200 },
  // A request holding a tag reaches proxy.ts on any path: its 304, or Next's response it lets through.
  { path: ARTICLE, holding: 'its own', status: 304 },
  { path: ARTICLE, holding: '"another-version"', status: 200 },
  { path: '/', holding: 'its own', status: 304 },
  { path: '/rss.xml', holding: 'its own', status: 304 },
  { path: '/blog/no-such-post', holding: '"another-version"', status: 404 },
  { path: '/', status: 200 },
  { path: '/blog/openinfra-foundation-welcomes-microsoft/opengraph-image', status: 200 },
  { path: '/blog/how-opendev-runs-its-own-ci/opengraph-image', status: 200, again: true },
  { path: '/logo.png', status: 200 },
  { path: '/admin', status: 200 },
  { path: '/blog/no-such-post', status: 404 },
  { path: '/no-such-page', status: 404 },
  { path: '/img/no-such-image.png', status: 404 },
  { path: '/blog/no-such-post/opengraph-image', status: 404 },
  { path: '/blog/%E0%A4%A', status: 400 },
  { path: '/blog/author/21-cto', status: 301 },
  { path: '/blog/', status: 308 },
  { method: 'POST', path: '/', status: 405 },
];

for (const { method = 'GET', path, status, holding, again } of KINDS) {
  test(`${method} ${path}${holding ? ` holding ${holding}` : ''}${again ? ', asked again' : ''} (${status}): each security header once`, async ({ request }) => {
    if (again) expect((await request.get(path)).status()).toBe(status);
    const tag = holding === 'its own' ? (await request.get(path)).headers().etag : holding;
    if (holding) expect(tag).toBeTruthy();
    const response = await request.fetch(path, { method, maxRedirects: 0, headers: tag ? { 'If-None-Match': tag } : {} });
    expect(response.status()).toBe(status);
    const count = (name: string) => response.headersArray().filter((h) => h.name.toLowerCase() === name.toLowerCase()).length;
    for (const { key } of commonSecurityHeaders()) expect(count(key), key).toBe(1);
    expect(count('Content-Security-Policy')).toBe(1);
    // A page's tag: once, with the page and with its 304.
    if (status === 200 && path === ARTICLE) expect(count('ETag')).toBe(1);
    if (status === 304) expect([count('ETag'), count('Cache-Control')]).toEqual([1, 1]);
  });
}
