import { expect, test } from '@playwright/test';
import { one, readHead } from './support/head';

const UNKNOWN = [
  '/blog/no-such-post',
  '/blog/category/no-such-category',
  '/blog/category/community/page/3',
  '/blog/category/events/page/2',
  '/blog/author/no-such-person',
  '/blog/author/allison-price/page/3',
  '/blog/author/allison-price/page/1',
  '/blog/page/3',
  '/blog/page/1',
  '/blog/page/0',
  '/blog/page/02',
  '/blog/page/abc',
  '/no-such-page',
];

for (const path of UNKNOWN) {
  test(`${path} answers 404 with the useful not-found page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: 'archive' })).toHaveAttribute('href', '/blog');
    await expect(main.getByRole('link', { name: 'categories' })).toHaveAttribute('href', '/blog/category');
    await expect(main.getByRole('link', { name: 'authors' })).toHaveAttribute('href', '/blog/author');
    await expect(main.getByRole('link', { name: 'search', exact: true })).toHaveAttribute('href', '/search');
    await expect(page.getByRole('search', { name: 'Site' })).toBeVisible();
    const head = await readHead(page);
    expect(head.title).toBe('Page not found | OpenInfra Blog');
    expect(one(head, 'robots')).toBe('noindex');
  });
}

test('the not-found page leads back into the site', async ({ page }) => {
  await page.goto('/blog/no-such-post');
  await page.getByRole('main').getByRole('link', { name: 'archive' }).click();
  await expect(page).toHaveURL('/blog');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All posts');
});
