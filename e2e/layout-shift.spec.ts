import { expect, test, type Page } from '@playwright/test';
import { SEEDS } from './support/expected';

type Shift = { value: number; at: number; sources: string[] };

/**
 * Collects every layout shift from the very start of the page (buffered), as the CLS metric counts
 * them. Each source says what moved (an element's markup, a text node's text) and from where to
 * where, and each shift when it happened: enough to find a rare one from the report alone.
 */
async function observeShifts(page: Page) {
  await page.addInitScript(() => {
    type Rect = { x: number; y: number; width: number; height: number };
    type Source = { node?: Node; previousRect: Rect; currentRect: Rect };
    const w = window as unknown as { __shifts: Shift[] };
    w.__shifts = [];
    const rect = (r: Rect) => [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 100) / 100).join(',');
    const what = (node?: Node) => (node instanceof Element ? node.outerHTML.slice(0, 120) : `${node?.nodeName} ${JSON.stringify((node?.textContent ?? '').slice(0, 60))}`);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; startTime: number; hadRecentInput: boolean; sources?: Source[] }[]) {
        if (entry.hadRecentInput) continue;
        w.__shifts.push({
          value: entry.value,
          at: Math.round(entry.startTime),
          sources: (entry.sources ?? []).map((s) => `${what(s.node)}: ${rect(s.previousRect)} -> ${rect(s.currentRect)}`),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts after the page loaded and was scrolled through, and when (in the page's time) the scrolling began. */
async function shiftsAfterLoad(page: Page): Promise<{ shifts: Shift[]; scrollFrom: number }> {
  await page.waitForLoadState('load');
  // Let hydration, the theme toggle and any late image settle, then scroll through the article.
  await page.waitForTimeout(500);
  const scrollFrom = await page.evaluate(() => Math.round(performance.now()));
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
  });
  await page.waitForTimeout(300);
  return { shifts: await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts), scrollFrom };
}

/**
 * Chromium paints a half-parsed page whenever its parser yields (a slow network, a busy CPU): what
 * is painted then must not move when the rest arrives. Taking each element and text node from
 * <body> to `stop` (exclusive) in turn as the last to arrive, this keeps what had arrived (that
 * element still empty) and returns each painted node (an element with an area, or text outside
 * .sr-only) that starts elsewhere than in the whole page, with how many points it tried. A cut
 * inside a text node is not tried. Scripts must be off: the page's own run only after that paint,
 * and hydration would rebuild the DOM.
 */
async function movedWhileParsing(page: Page, stop: string): Promise<{ moved: string[]; points: number }> {
  return page.evaluate((stop) => {
    const nodes = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      const out: Node[] = [];
      while (walker.nextNode()) out.push(walker.currentNode);
      return out;
    };
    const placeOf = (node: Node): string | null => {
      const element = node instanceof Element ? node : node.parentElement!;
      if (element.closest('.sr-only, script, style, template')) return null;
      // Where it starts: its first box (an inline split over two lines has two).
      let rect: DOMRect | undefined;
      if (node instanceof Element) rect = node.getClientRects()[0];
      else if (node.textContent?.trim()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        rect = range.getClientRects()[0];
      }
      return rect && rect.width > 0 && rect.height > 0 ? `${rect.x.toFixed(1)},${rect.y.toFixed(1)}` : null;
    };
    const name = (node: Node) => (node instanceof Element ? node.outerHTML.slice(0, 90) : `text “${node.textContent!.trim().slice(0, 40)}”`);
    const whole = document.body.cloneNode(true) as HTMLElement;
    const all = nodes(document.body);
    const end = all.indexOf(document.querySelector(stop)!);
    if (end < 0) throw new Error(`nothing matches ${stop}`);
    const places = all.map(placeOf);
    const moved: string[] = [];
    for (let cut = 0; cut < end; cut++) {
      document.body.replaceWith(whole.cloneNode(true));
      const arrived = nodes(document.body);
      const last = arrived[cut]!;
      if (last instanceof Element) last.replaceChildren();
      for (let node: Node = last; node !== document.body; node = node.parentNode!) while (node.nextSibling) node.nextSibling.remove();
      for (let i = 0; i <= cut; i++) {
        const place = placeOf(arrived[i]!);
        if (place && places[i] && place !== places[i]) moved.push(`parsed up to ${name(last)}: ${name(arrived[i]!)} at ${place}, then ${places[i]}`);
      }
    }
    document.body.replaceWith(whole);
    return { moved, points: end };
  }, stop);
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
        const { shifts, scrollFrom } = await shiftsAfterLoad(page);
        expect(shifts, `the scrolling through the page began at ${scrollFrom} ms`).toEqual([]);
        expect(shifts.reduce((sum, s) => sum + s.value, 0)).toBe(0);
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
  const { shifts } = await shiftsAfterLoad(page);
  expect(shifts.reduce((sum, s) => sum + s.value, 0)).toBeGreaterThan(0);
  // What moved is named, with where from and where to.
  expect(shifts.flatMap((s) => s.sources).some((source) => / -> /.test(source))).toBe(true);
});

const mostFrequent = (values: string[]) => values.toSorted((a, b) => values.filter((v) => v === b).length - values.filter((v) => v === a).length)[0]!;

// Every page kind, down to where its own content starts, at three widths (the header wraps
// differently on each).
test.describe('nothing painted moves while the page is still arriving', () => {
  test.use({ javaScriptEnabled: false });
  const pages = [
    ...SEEDS.map((seed) => ({ path: `/blog/${seed.slug}`, stop: 'article .prose' })),
    { path: '/', stop: 'main article ~ article' },
    { path: `/blog/category/${SEEDS[0]!.categories[0]!.slug}`, stop: 'main article ~ article' },
    // The author of the most seeds, whose page lists more than one post.
    { path: `/blog/author/${mostFrequent(SEEDS.flatMap((seed) => seed.authors.map((a) => a.slug)))}`, stop: 'main article ~ article' },
  ];
  for (const width of [1280, 700, 390]) {
    test(`at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 844 });
      for (const { path, stop } of pages) {
        await page.goto(path);
        const { moved, points } = await movedWhileParsing(page, stop);
        expect(moved, path).toEqual([]);
        // The header alone is more than 30 nodes: a stop that matched too early would test nothing.
        expect(points, path).toBeGreaterThan(40);
      }
    });
  }
});
