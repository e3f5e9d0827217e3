import { expect, test, type Page } from '@playwright/test';

type FirstFrame = { dark: boolean; colorScheme: string; background: number };

/**
 * Records the theme at the first animation frame, which runs before the first paint: what the
 * reader sees first. Installed before any of the page's own scripts run.
 */
async function recordFirstFrame(page: Page) {
  await page.addInitScript(() => {
    // Lightness 0-100 of a computed colour: Chromium reports Tailwind 4's oklch colours as lab().
    const lightness = (color: string) => {
      const lab = color.match(/^lab\(([\d.]+)/);
      if (lab) return Math.round(Number(lab[1]));
      const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
      return Math.round(((r + g + b) / 3 / 255) * 100);
    };
    requestAnimationFrame(() => {
      const html = document.documentElement;
      (window as unknown as { __firstFrame: FirstFrame }).__firstFrame = {
        dark: html.classList.contains('dark'),
        colorScheme: getComputedStyle(html).colorScheme,
        background: lightness(getComputedStyle(document.body).backgroundColor),
      };
    });
  });
}
const firstFrame = (page: Page) =>
  page.waitForFunction(() => (window as unknown as { __firstFrame?: FirstFrame }).__firstFrame).then((h) => h.jsonValue() as Promise<FirstFrame>);

// zinc-950 (lightness 3) and white (100): the body's background in each theme.
const DARK = { dark: true, colorScheme: 'dark', background: 3 };
const LIGHT = { dark: false, colorScheme: 'light', background: 100 };

test.describe('with the system in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('the first frame is already dark: no flash of the light theme', async ({ page }) => {
    await recordFirstFrame(page);
    await page.goto('/blog');
    expect(await firstFrame(page)).toEqual(DARK);
    await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('a reader’s choice of light wins over the system, from the first frame', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Dark mode' }).click();
    await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
    await recordFirstFrame(page);
    await page.reload();
    expect(await firstFrame(page)).toEqual(LIGHT);
  });
});

test.describe('with the system in light mode', () => {
  test.use({ colorScheme: 'light' });

  test('the toggle switches to dark, and the choice persists across reloads and pages', async ({ page }) => {
    await recordFirstFrame(page);
    await page.goto('/');
    expect(await firstFrame(page)).toEqual(LIGHT);
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('body')).toHaveCSS('background-color', /^lab\(2\.\d+ /);
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');

    await page.reload();
    expect(await firstFrame(page)).toEqual(DARK);
    await page.goto('/blog/category');
    expect(await firstFrame(page)).toEqual(DARK);
    await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('follows the system while the reader has not chosen', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('follows the system before the page’s scripts have loaded, and back', async ({ page }) => {
    // No Next chunk loads, so nothing hydrates: only the inline theme script is there to follow.
    let blocked = 0;
    await page.route('**/_next/static/**/*.js', (route) => {
      blocked += 1;
      return route.abort();
    });
    await page.goto('/');
    expect(blocked).toBeGreaterThan(0);
    await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
  });

  test('a reader’s choice is not overridden when the system changes', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Dark mode' }).click();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');
  });
});
