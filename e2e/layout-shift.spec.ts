import { expect, test, type Page } from '@playwright/test';
import { SEEDS } from './support/expected';

type Shift = { value: number; sources: string[] };

/** Collects every layout shift from the very start of the page (buffered), as the CLS metric counts them. */
async function observeShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: Shift[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
        if (entry.hadRecentInput) continue;
        w.__shifts.push({
          value: entry.value,
          sources: (entry.sources ?? []).map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 120) : String(s.node?.nodeName))),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

async function shiftsAfterLoad(page: Page): Promise<Shift[]> {
  await page.waitForLoadState('load');
  // Let hydration, the theme toggle and any late image settle, then scroll through the article.
  await page.waitForTimeout(500);
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
  });
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
}

for (const viewport of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test.describe(`${viewport.name} (${viewport.width}px)`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const seed of SEEDS) {
      test(`no layout shift on “${seed.title.slice(0, 40)}…”`, async ({ page }) => {
        await observeShifts(page);
        await page.goto(`/blog/${seed.slug}`);
        const shifts = await shiftsAfterLoad(page);
        expect(shifts).toEqual([]);
        expect(shifts.reduce((sum, s) => sum + s.value, 0)).toBe(0);
      });
    }

    // Chromium paints a half-parsed document when the parser yields (a slow network or a busy CPU):
    // nothing in the header may move when its last parts, the search box or just its button, arrive
    // after that first paint. Each case removes what had not arrived and compares what had.
    for (const late of ['body > header form[role="search"]', 'body > header form[role="search"] button']) {
      test(`the header does not move when ${late.endsWith('button') ? "the search box's button" : 'the search box'} arrives late`, async ({ page }) => {
        await page.goto(`/blog/${SEEDS[0]!.slug}`);
        const rects = (selector: string) =>
          page.evaluate(
            ({ selector, late }) =>
              [...document.querySelectorAll(selector)]
                .filter((el) => !el.closest(late))
                .map((el) => JSON.stringify({ x: el.getBoundingClientRect().x, y: el.getBoundingClientRect().y })),
            { selector, late },
          );
        const placed = 'body > header a, body > header nav, body > header form, body > header input';
        const full = await rects(placed);
        expect(full.length).toBeGreaterThanOrEqual(5);
        await page.evaluate((late) => document.querySelector(late)!.remove(), late);
        expect(await rects(placed)).toEqual(full);
      });
    }
  });
}

test('the observer does see a layout shift when there is one', async ({ page }) => {
  await observeShifts(page);
  await page.goto(`/blog/${SEEDS[0]!.slug}`);
  await page.evaluate(() => {
    const block = document.createElement('div');
    block.style.height = '200px';
    document.querySelector('main')!.prepend(block);
  });
  const shifts = await shiftsAfterLoad(page);
  expect(shifts.reduce((sum, s) => sum + s.value, 0)).toBeGreaterThan(0);
});
