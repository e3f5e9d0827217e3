import { expect, test } from '@playwright/test';

/*
 * /admin in production (next start, or the static export behind nginx): Decap CMS on the GitHub
 * backend, served from the site itself, never indexed. The editing journey is cms.dev.spec.ts.
 */

test('/admin serves Decap CMS from the site, on GitHub, with nothing from another origin', async ({ page, baseURL }) => {
  const elsewhere: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== new URL(baseURL!).origin) elsewhere.push(r.url());
  });
  const response = await page.goto('/admin');
  expect(response?.status()).toBe(200);
  expect(response?.headers()['x-robots-tag']).toBe('noindex, nofollow');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
  await expect(page.getByRole('button', { name: 'Login with GitHub' })).toBeVisible();
  expect(elsewhere).toEqual([]);
});

test('its configuration: GitHub backend, no local backend, the content folders and public/img', async ({ request }) => {
  const response = await request.get('/admin/config.json');
  expect(response.status()).toBe(200);
  const config = await response.json();
  expect(config.backend).toMatchObject({ name: 'github', branch: expect.any(String), repo: expect.stringMatching(/^[\w.-]+\/[\w.-]+$/) });
  expect(config).not.toHaveProperty('local_backend');
  expect(config).toMatchObject({ media_folder: 'public/img', public_folder: '/img' });
  const [posts, authors] = config.collections;
  expect(posts).toMatchObject({ name: 'blog', folder: expect.stringMatching(/\/posts$/), format: 'openinfra-frontmatter' });
  expect(authors).toMatchObject({ name: 'authors', folder: expect.stringMatching(/\/authors$/) });
  expect((await request.get('/admin/decap-cms.js')).headers()['content-type']).toMatch(/javascript/);
});

test('/admin is in no sitemap and no feed', async ({ request }) => {
  for (const path of ['/sitemap.xml', '/sitemaps/1.xml', '/rss.xml', '/atom.xml', '/feed.json']) {
    expect(await (await request.get(path)).text(), path).not.toContain('/admin');
  }
});
