import { expect, test } from '@playwright/test';
import { rawRequest, requestBytes } from './support/raw-http';
import { HOSTILE_REQUESTS } from './support/hostile-requests';

// No 5xx for anything a client can send (next start: proxy.ts; nginx: deploy/nginx.conf): each
// request below, sent byte for byte, gets 400 or 404, a page path with the site's not-found page,
// and the server keeps serving.
const NOT_FOUND_TITLE = '<title>Page not found | OpenInfra Blog</title>';

test('at least thirty hostile requests, each answered 400 or 404, never a 5xx', async ({ baseURL }) => {
  expect(HOSTILE_REQUESTS.length).toBeGreaterThanOrEqual(30);
  const answers: string[] = [];
  for (const hostile of HOSTILE_REQUESTS) {
    const response = await rawRequest(baseURL!, hostile.bytes);
    const allowed = hostile.tooLarge ? [400, 404, 431] : [400, 404];
    answers.push(`${hostile.name}: ${allowed.includes(response.status) ? 'ok' : response.status}`);
    if (hostile.page) {
      expect(response.body, hostile.name).toContain(NOT_FOUND_TITLE);
      expect(response.headers['content-security-policy'], hostile.name).toContain("default-src 'none'");
      expect(response.headers['x-content-type-options'], hostile.name).toBe('nosniff');
    }
  }
  expect(answers.filter((a) => !a.endsWith(': ok'))).toEqual([]);
});

test('the server keeps serving, during and after a burst of hostile requests', async ({ baseURL }) => {
  const burst = HOSTILE_REQUESTS.flatMap((h) => [h, h]).map((h) => rawRequest(baseURL!, h.bytes));
  const healthy = Array.from({ length: 10 }, () => rawRequest(baseURL!, requestBytes('/blog/openinfra-foundation-welcomes-microsoft')));
  const [hostile, good] = await Promise.all([Promise.all(burst), Promise.all(healthy)]);
  expect(hostile.filter((r) => r.status >= 500 || r.status === 0).map((r) => r.status)).toEqual([]);
  expect(good.map((r) => r.status)).toEqual(Array(10).fill(200));
  for (const path of ['/', '/blog/page/2', '/rss.xml']) {
    const after = await rawRequest(baseURL!, requestBytes(path));
    expect(after.status, path).toBe(200);
  }
});

test('a malformed URL of a page gets the not-found page, not the plain-text 500 Next sends on its own', async ({ page }) => {
  const response = await page.goto('/blog/%E0%A4%A');
  expect(response?.status()).toBe(400);
  await expect(page).toHaveTitle('Page not found | OpenInfra Blog');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
