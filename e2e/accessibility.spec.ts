import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { FIXTURE_POSTS, HIDDEN, SEEDS } from './support/expected';

// Every view of the site: each seed article, a fixture article with a table, the hidden post,
// every list and its second page, an author with and without a profile, and the 404 page.
const VIEWS = [
  '/',
  '/blog',
  '/blog/page/2',
  ...SEEDS.map((s) => `/blog/${s.slug}`),
  `/blog/${FIXTURE_POSTS.opendev.slug}`,
  `/blog/${HIDDEN.slug}`,
  '/blog/category',
  '/blog/category/community',
  '/blog/category/community/page/2',
  '/blog/author',
  '/blog/author/jonathan-bryce',
  '/blog/author/21cto',
  '/blog/author/allison-price/page/2',
  '/blog/no-such-page',
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} mode`, () => {
    test.use({ colorScheme: scheme });

    for (const path of VIEWS) {
      test(`${path} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        // The theme is what this test says it is, or the contrast checks would be of the wrong colours.
        if (scheme === 'dark') await expect(page.locator('html')).toHaveClass(/\bdark\b/);
        else await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map((v) => ({
          rule: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
        }));
        expect(summary).toEqual([]);
        expect(results.passes.length).toBeGreaterThan(10);
      });
    }
  });
}
