import { expect, test, type Page } from '@playwright/test';
import { CATEGORY_COUNTS, COMMUNITY_TITLES, FIXTURE_POSTS, SEEDS } from './support/expected';

const entries = (page: Page) => page.getByRole('main').getByRole('article');
const entryTitles = (page: Page) => entries(page).getByRole('heading', { level: 2 });

test('the categories page lists every category with its count', async ({ page }) => {
  await page.goto('/blog/category');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Categories');
  const links = page.getByRole('main').getByRole('link');
  await expect(links).toHaveText(CATEGORY_COUNTS.map((c) => `${c.label}${c.count} post${c.count === 1 ? '' : 's'}`));
  await links.filter({ hasText: 'Community' }).click();
  await expect(page).toHaveURL('/blog/category/community');
});

test('a category pages its posts, newest first, each carrying the category', async ({ page }) => {
  await page.goto('/blog/category/community');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Community');
  await expect(page.getByRole('region', { name: 'Community' }).getByText('15 posts', { exact: true })).toBeVisible();
  await expect(entryTitles(page)).toHaveText(COMMUNITY_TITLES.slice(0, 10));
  for (const entry of await entries(page).all()) {
    await expect(entry.getByRole('list', { name: /^Categories of / }).getByRole('link')).toContainText(['Community']);
  }
  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: /Older posts/ }).click();
  await expect(page).toHaveURL('/blog/category/community/page/2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Community — page 2');
  await expect(entryTitles(page)).toHaveText(COMMUNITY_TITLES.slice(10));
  await expect(page.getByRole('navigation', { name: 'Pagination' }).getByText(/^Page/)).toHaveText('Page 2 of 2');
});

test('a one-page category has no pagination, and every seed category is reachable from its article', async ({ page }) => {
  await page.goto('/blog/category/events');
  await expect(entryTitles(page)).toHaveText([FIXTURE_POSTS.summit.title, FIXTURE_POSTS.opendev.title]);
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toHaveCount(0);

  await page.goto(`/blog/${SEEDS[0]!.slug}`);
  await page.getByRole('list', { name: 'Categories', exact: true }).getByRole('link', { name: 'News & Announcements' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('News & Announcements');
  await expect(entryTitles(page)).toHaveText(SEEDS.filter((s) => s.categories[0]!.slug === 'news-announcements').map((s) => s.title));
});
