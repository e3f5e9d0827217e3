import { expect, test, type Page } from '@playwright/test';
import { CATEGORY_COUNTS, LISTED_TITLES, SEEDS } from './support/expected';

// List entries are the <article>s of the list, each titled by a level-2 heading.
const entryTitles = (page: Page) => page.getByRole('main').getByRole('article').getByRole('heading', { level: 2 });

test('the home page features the newest listed post, then the six after it', async ({ page }) => {
  await page.goto('/');
  const featured = page.getByRole('region', { name: LISTED_TITLES[0] });
  await expect(featured.getByRole('link', { name: LISTED_TITLES[0] })).toHaveAttribute('href', `/blog/${SEEDS[0]!.slug}`);
  await expect(featured.getByRole('paragraph').filter({ hasText: / min read$/ })).toHaveText('By 21CTO · March 12, 2025 · 2 min read');
  await expect(featured.getByText(SEEDS[0]!.description)).toBeVisible();
  const latest = page.getByRole('region', { name: 'Latest posts' });
  await expect(latest.getByRole('heading', { level: 3 })).toHaveText(LISTED_TITLES.slice(1, 7));
  await latest.getByRole('link', { name: 'All posts' }).click();
  await expect(page).toHaveURL('/blog');
});

test('the archive lists every listed post newest first, ten to a page', async ({ page }) => {
  await page.goto('/blog');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All posts');
  await expect(entryTitles(page)).toHaveText(LISTED_TITLES.slice(0, 10));
  const pagination = page.getByRole('navigation', { name: 'Pagination' });
  await expect(pagination.getByText(/^Page \d+ of \d+$/)).toHaveText('Page 1 of 2');
  await expect(pagination.getByRole('link', { name: /Newer posts/ })).toHaveCount(0);

  await pagination.getByRole('link', { name: /Older posts/ }).click();
  await expect(page).toHaveURL('/blog/page/2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All posts — page 2');
  await expect(entryTitles(page)).toHaveText(LISTED_TITLES.slice(10));
  const second = page.getByRole('navigation', { name: 'Pagination' });
  await expect(second.getByText(/^Page \d+ of \d+$/)).toHaveText('Page 2 of 2');
  await expect(second.getByRole('link', { name: /Older posts/ })).toHaveCount(0);
  await second.getByRole('link', { name: /Newer posts/ }).click();
  await expect(page).toHaveURL('/blog');
});

test('each archive entry shows its title, date, author, categories and excerpt', async ({ page }) => {
  await page.goto('/blog/page/2');
  const microsoft = SEEDS.find((s) => s.slug === 'openinfra-foundation-welcomes-microsoft')!;
  const entry = page.getByRole('main').getByRole('article').filter({ has: page.getByRole('heading', { name: microsoft.title }) });
  await expect(entry.getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute('href', `/blog/${microsoft.slug}`);
  await expect(entry.getByText(/^By /)).toHaveText('By Jonathan Bryce · September 8, 2021');
  await expect(entry.locator('time')).toHaveAttribute('datetime', microsoft.publishedAt);
  await expect(entry.getByRole('link', { name: 'Jonathan Bryce' })).toHaveAttribute('href', '/blog/author/jonathan-bryce');
  await expect(entry.getByRole('list', { name: `Categories of ${microsoft.title}` }).getByRole('link')).toHaveText(['News & Announcements']);
  await expect(entry.getByRole('paragraph').last()).toHaveText(
    'OpenInfra Foundationhas signed an agreement with Microsoft as the newest Platinum Member. With this multi-year commitment, the OpenInfra community will work…',
  );
});

test('the archive’s sidebar lists the categories with their counts', async ({ page }) => {
  for (const path of ['/blog', '/blog/page/2']) {
    await page.goto(path);
    const sidebar = page.getByRole('complementary', { name: 'Categories' });
    const links = sidebar.getByRole('link');
    await expect(links).toHaveText(CATEGORY_COUNTS.map((c) => `${c.label}${c.count} posts`));
    for (const [i, c] of CATEGORY_COUNTS.entries()) await expect(links.nth(i)).toHaveAttribute('href', `/blog/category/${c.slug}`);
  }
});
