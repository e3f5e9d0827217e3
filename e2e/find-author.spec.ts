import { expect, test, type Page } from '@playwright/test';
import { ALLISON_TITLES, AUTHOR_COUNTS, FIXTURE_POSTS, SEEDS } from './support/expected';

const entryTitles = (page: Page) => page.getByRole('main').getByRole('article').getByRole('heading', { level: 2 });

test('the authors page lists everyone, with a profile’s company, and their post counts', async ({ page }) => {
  await page.goto('/blog/author');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Authors');
  const companies: Record<string, string> = {
    'allison-price': 'OpenInfra Foundation · ',
    'ildiko-vancsa': 'OpenInfra Foundation · ',
    'jimmy-mcarthur': 'OpenInfra Foundation · ',
    'jonathan-bryce': 'OpenInfra Foundation · ',
  };
  const links = page.getByRole('main').getByRole('link');
  await expect(links).toHaveText(
    AUTHOR_COUNTS.map((a) => `${a.name}${companies[a.slug] ?? ''}${a.count} post${a.count === 1 ? '' : 's'}`),
  );
  for (const [i, a] of AUTHOR_COUNTS.entries()) await expect(links.nth(i)).toHaveAttribute('href', `/blog/author/${a.slug}`);
});

test('an author with a profile shows company, bio, X account and their posts', async ({ page }) => {
  await page.goto('/blog/author');
  await page.getByRole('link', { name: /^Jonathan Bryce/ }).click();
  await expect(page).toHaveURL('/blog/author/jonathan-bryce');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jonathan Bryce');
  const main = page.getByRole('main');
  await expect(main.getByText('OpenInfra Foundation', { exact: true })).toBeVisible();
  await expect(
    main.getByText('Executive Director of the OpenInfra Foundation, which he co-founded as the OpenStack Foundation in 2012.'),
  ).toBeVisible();
  await expect(main.getByRole('link', { name: '@jbryce on X' })).toHaveAttribute('href', 'https://x.com/jbryce');
  await expect(main.getByText('2 posts', { exact: true })).toBeVisible();
  await expect(entryTitles(page)).toHaveText(SEEDS.filter((s) => s.authors[0]!.slug === 'jonathan-bryce').map((s) => s.title));
});

test('an author with no profile (21CTO) still has a page with their posts', async ({ page }) => {
  await page.goto(`/blog/${SEEDS[0]!.slug}`);
  await page.getByRole('article', { name: SEEDS[0]!.title }).getByRole('link', { name: '21CTO' }).click();
  await expect(page).toHaveURL('/blog/author/21cto');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('21CTO');
  await expect(page.getByRole('main').getByText('1 post', { exact: true })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: /on X$/ })).toHaveCount(0);
  await expect(entryTitles(page)).toHaveText([SEEDS[0]!.title]);
});

test('a post written as “Ildiko Vancsa” is on the “Ildikó Váncsa” profile page', async ({ page }) => {
  await page.goto(`/blog/${FIXTURE_POSTS.summit.slug}`);
  await page.getByRole('article', { name: FIXTURE_POSTS.summit.title }).getByRole('link', { name: 'Ildikó Váncsa' }).click();
  await expect(page).toHaveURL('/blog/author/ildiko-vancsa');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ildikó Váncsa');
  await expect(page.getByRole('main').getByRole('link', { name: '@IldikoVancsa on X' })).toBeVisible();
  await expect(entryTitles(page)).toHaveText([FIXTURE_POSTS.summit.title]);
});

test('an author with more than a page of posts gets a second page', async ({ page }) => {
  await page.goto('/blog/author/allison-price');
  await expect(page.getByRole('main').getByText('13 posts', { exact: true })).toBeVisible();
  await expect(entryTitles(page)).toHaveText(ALLISON_TITLES.slice(0, 10));
  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: /Older posts/ }).click();
  await expect(page).toHaveURL('/blog/author/allison-price/page/2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Allison Price — page 2');
  await expect(entryTitles(page)).toHaveText(ALLISON_TITLES.slice(10));
});
