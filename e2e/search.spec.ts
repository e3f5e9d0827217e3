import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// "Magma" appears in one seed post only: content/posts/openinfra-foundation-welcomes-microsoft.md.
const WORD = 'magma';
const POST = {
  path: '/blog/openinfra-foundation-welcomes-microsoft',
  title:
    'OpenInfra Foundation Welcomes Microsoft as Newest Member to Advance Open Infrastructure Use Cases, Hybrid Cloud and 5G, Using Open Source Technologies OpenStack and Airship',
  date: 'September 8, 2021',
};
const HIDDEN_PATH = '/blog/unlisted-post-for-reviewers';

const results = (page: Page) => page.getByRole('list', { name: /^Results for/ });
const status = (page: Page) => page.getByRole('status');
const headerBox = (page: Page) => page.getByRole('search', { name: 'Site' }).getByRole('searchbox');
const pageBox = (page: Page) => page.getByRole('search', { name: 'Posts' }).getByRole('searchbox');

async function expectMagmaResult(page: Page) {
  await expect(status(page)).toHaveText(`1 post matches “${WORD}”.`);
  const items = results(page).getByRole('listitem');
  await expect(items).toHaveCount(1);
  const link = items.first().getByRole('link');
  await expect(link).toHaveText(POST.title);
  await expect(link).toHaveAttribute('href', POST.path);
  await expect(items.first().locator('time')).toHaveText(POST.date);
  await expect(items.first().locator('mark')).toHaveText(['Magma']);
}

test('a word only one post contains finds that post, with the match highlighted', async ({ page }) => {
  await page.goto(`/search?q=${WORD}`);
  await expectMagmaResult(page);
  await expect(pageBox(page)).toHaveValue(WORD);
});

test('the query lives in the URL and survives a reload', async ({ page }) => {
  await page.goto('/search');
  await expect(status(page)).toHaveText('');
  await pageBox(page).fill(`  ${WORD} `);
  await pageBox(page).press('Enter');
  await expect(page).toHaveURL(`/search?q=${WORD}`);
  await expectMagmaResult(page);
  await page.reload();
  await expect(pageBox(page)).toHaveValue(WORD);
  await expectMagmaResult(page);
});

test('the hidden post is never found', async ({ page }) => {
  // Its title says "Unlisted" and its body "sitemap" (no listed post has either); the page is built…
  await page.goto(HIDDEN_PATH);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('An Unlisted Post for Reviewers');
  await expect(page.getByRole('article')).toContainText('no list, feed, sitemap or search shows it');
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  // …yet no search finds it.
  for (const word of ['unlisted', 'sitemap']) {
    await page.goto(`/search?q=${word}`);
    await expect(status(page)).toHaveText(`No posts match “${word}”.`);
    await expect(page.locator(`a[href="${HIDDEN_PATH}"]`)).toHaveCount(0);
  }
});

test('article pages do not load the search index', async ({ page }) => {
  const pagefind: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) pagefind.push(request.url());
  });
  await page.goto(POST.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(POST.title);
  await page.waitForLoadState('networkidle');
  expect(pagefind).toEqual([]);
});

async function tabTo(page: Page, isTarget: () => Promise<boolean>, most = 20) {
  for (let i = 0; i < most; i += 1) {
    await page.keyboard.press('Tab');
    if (await isTarget()) return;
  }
  throw new Error(`focus did not reach the target in ${most} Tab presses`);
}

test('keyboard only: header box, Enter, Tab to a result, Enter opens the article', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, () => headerBox(page).evaluate((el) => el === document.activeElement));
  await page.keyboard.type(WORD);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/search?q=${WORD}`);
  await expectMagmaResult(page);
  const link = results(page).getByRole('link', { name: POST.title });
  await tabTo(page, () => link.evaluate((el) => el === document.activeElement));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(POST.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(POST.title);
});

test('without JavaScript the form still submits and the page points to the archive', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await headerBox(page).fill(WORD);
  await headerBox(page).press('Enter');
  await expect(page).toHaveURL(`/search?q=${WORD}`);
  // Playwright's text and role selectors skip <noscript>, so CSS finds the fallback; it is rendered and visible.
  const fallback = page.locator('main noscript p');
  await expect(fallback).toBeVisible();
  await expect(fallback).toContainText('Search runs in your browser and needs JavaScript');
  const links = fallback.locator('a');
  await expect(links).toHaveText(['archive', 'categories', 'authors']);
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/blog', '/blog/category', '/blog/author']);
  await context.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the search page with results has no axe violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/search?q=${WORD}`);
    await expectMagmaResult(page);
    await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
