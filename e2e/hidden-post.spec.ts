import { expect, test, type Page } from '@playwright/test';
import { HIDDEN, LISTED_TITLES } from './support/expected';
import { readHead } from './support/head';

/** Every link on the page that points at the hidden post, and every place its title shows. */
async function traces(page: Page) {
  return page.evaluate(
    ({ slug, title }) => ({
      links: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((h) => h?.includes(slug)),
      mentions: document.body.innerText.includes(title),
    }),
    HIDDEN,
  );
}

test('the hidden post’s page is built, answers 200, and asks not to be indexed', async ({ page }) => {
  const response = await page.goto(`/blog/${HIDDEN.slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HIDDEN.title);
  await expect(page.getByText('This post is hidden: its page is built, but no list, feed, sitemap or search shows it.')).toBeVisible();
  expect((await readHead(page)).meta['robots']).toEqual(['noindex, follow']);
  // The editors' notice is for `next dev` only; a reader with the link sees the post as it is.
  await expect(page.getByRole('note')).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'More posts' })).toHaveCount(0);
});

const LIST_VIEWS = [
  '/',
  '/blog',
  '/blog/page/2',
  '/blog/category',
  '/blog/category/community',
  '/blog/category/community/page/2',
  '/blog/author',
  '/blog/author/allison-price',
  '/blog/author/allison-price/page/2',
  '/blog/no-such-page',
];

for (const path of LIST_VIEWS) {
  test(`${path} neither links nor names the hidden post`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('main')).toBeVisible();
    expect(await traces(page)).toEqual({ links: [], mentions: false });
  });
}

test('no article links the hidden post as previous, next or related', async ({ page }) => {
  test.slow();
  for (let n = 1; n <= 2; n++) {
    await page.goto(n === 1 ? '/blog' : `/blog/page/${n}`);
    const hrefs = await page.getByRole('main').getByRole('article').getByRole('heading', { level: 2 }).getByRole('link').evaluateAll((links) =>
      links.map((a) => a.getAttribute('href')!),
    );
    for (const href of hrefs) {
      await page.goto(href);
      expect(await traces(page), href).toEqual({ links: [], mentions: false });
    }
  }
});

test('the counts leave the hidden post out', async ({ page }) => {
  await page.goto('/blog/category');
  await expect(page.getByRole('main').getByRole('link', { name: /^Community/ })).toHaveText('Community15 posts');
  await page.goto('/blog/author');
  await expect(page.getByRole('main').getByRole('link', { name: /^Allison Price/ })).toHaveText('Allison PriceOpenInfra Foundation · 13 posts');
  await page.goto('/');
  await expect(page.getByRole('region', { name: LISTED_TITLES[0] })).toBeVisible();
});
