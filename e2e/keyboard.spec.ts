import { expect, test, type Page } from '@playwright/test';
import { SEEDS } from './support/expected';

/** The focused element's outline, as the reader sees it. */
const focusOutline = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: style.outlineWidth, color: style.outlineColor };
  });

test('the first Tab reaches a visible skip link, and Enter moves focus to the main content', async ({ page }) => {
  await page.goto('/blog');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  const box = await skip.boundingBox();
  expect(box && box.width > 40 && box.height > 20 && box.x >= 0 && box.y >= 0).toBe(true);
  expect(await focusOutline(page)).toEqual({ style: 'solid', width: '3px', color: 'rgb(200, 16, 46)' });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('main').getByRole('link').first()).toBeFocused();
});

test('every link and button the keyboard reaches shows a focus outline', async ({ page }) => {
  await page.goto('/');
  const seen = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const { tag, text } = await page.evaluate(() => ({
      tag: document.activeElement?.tagName ?? '',
      text: (document.activeElement as HTMLElement | null)?.innerText ?? '',
    }));
    if (tag === 'BODY') break;
    const outline = await focusOutline(page);
    expect(outline, `focus outline on <${tag}> “${text}”`).toMatchObject({ style: 'solid', width: '3px' });
    seen.add(text);
  }
  expect(seen.has('Categories')).toBe(true);
});

test('reaches the featured article from the home page with Tab and Enter alone', async ({ page }) => {
  const featured = SEEDS[0]!;
  await page.goto('/');
  let found = false;
  for (let i = 0; i < 15 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate((title) => (document.activeElement as HTMLElement | null)?.innerText === title, featured.title);
  }
  expect(found, 'the featured post’s link is within the first 15 Tab stops').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/blog/${featured.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(featured.title);
});

test('the theme toggle works from the keyboard', async ({ page }) => {
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await toggle.focus();
  const before = await toggle.getAttribute('aria-pressed');
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', before === 'true' ? 'false' : 'true');
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', before ?? 'false');
});
