import { expect, test } from '@playwright/test';
import { FIXTURE_POSTS, SEEDS } from './support/expected';

for (const seed of SEEDS) {
  test(`reads “${seed.title.slice(0, 50)}…”: title, byline, categories, body, neighbours, related`, async ({ page }) => {
    const response = await page.goto(`/blog/${seed.slug}`);
    expect(response?.status()).toBe(200);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
    const article = page.getByRole('article', { name: seed.title });

    const names = seed.authors.map((a) => a.name).join(' and ');
    const byline = article.getByRole('paragraph').filter({ hasText: / min read$/ });
    await expect(byline).toHaveText(`By ${names} · ${seed.displayDate} · ${seed.readingMinutes} min read`);
    for (const author of seed.authors) {
      await expect(byline.getByRole('link', { name: author.name, exact: true })).toHaveAttribute('href', `/blog/author/${author.slug}`);
    }
    const time = byline.locator('time');
    await expect(time).toHaveAttribute('datetime', seed.publishedAt);
    await expect(time).toHaveText(seed.displayDate);

    const categories = article.getByRole('list', { name: 'Categories', exact: true }).getByRole('link');
    await expect(categories).toHaveText(seed.categories.map((c) => c.label));
    for (const [i, c] of seed.categories.entries()) await expect(categories.nth(i)).toHaveAttribute('href', `/blog/category/${c.slug}`);

    await expect(article.getByText(seed.bodyText)).toBeVisible();

    const more = page.getByRole('navigation', { name: 'More posts' });
    const previous = more.getByRole('link', { name: /Previous post/ });
    const next = more.getByRole('link', { name: /Next post/ });
    if (seed.older) await expect(previous).toHaveText(`← Previous post${seed.older}`);
    else await expect(previous).toHaveCount(0);
    if (seed.newer) await expect(next).toHaveText(`Next post →${seed.newer}`);
    else await expect(next).toHaveCount(0);

    const related = page.getByRole('region', { name: 'Related posts' }).getByRole('heading', { level: 3 });
    await expect(related).toHaveText(seed.related);
    await expect(related.getByRole('link')).toHaveText(seed.related);
  });
}

test('follows the previous and next links to the neighbouring articles', async ({ page }) => {
  const [, thriving] = SEEDS;
  await page.goto(`/blog/${thriving!.slug}`);
  await page.getByRole('navigation', { name: 'More posts' }).getByRole('link', { name: /Previous post/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(thriving!.older!);
  await page.getByRole('navigation', { name: 'More posts' }).getByRole('link', { name: /Next post/ }).click();
  await expect(page).toHaveURL(`/blog/${thriving!.slug}`);
});

test('links each of several authors, and the byline and category lead to their pages', async ({ page }) => {
  await page.goto(`/blog/${FIXTURE_POSTS.opendev.slug}`);
  const byline = page.getByRole('article', { name: FIXTURE_POSTS.opendev.title }).getByRole('paragraph').filter({ hasText: / min read$/ });
  await expect(byline).toHaveText('By Jeremy Stanley and Clark Boylan · February 6, 2024 · 1 min read');
  await byline.getByRole('link', { name: 'Clark Boylan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Clark Boylan');
  await page.getByRole('link', { name: FIXTURE_POSTS.opendev.title }).click();
  await page.getByRole('list', { name: 'Categories', exact: true }).getByRole('link', { name: 'Events' }).click();
  await expect(page).toHaveURL('/blog/category/events');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events');
});

test('renders markdown tables and heading anchors in the body', async ({ page }) => {
  await page.goto(`/blog/${FIXTURE_POSTS.opendev.slug}`);
  const table = page.getByRole('article', { name: FIXTURE_POSTS.opendev.title }).getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Week', 'Changes gated']);
  await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveText(['1', '4,210']);
  await page.goto('/blog/user-group-spotlight-berlin');
  await expect(page.getByRole('heading', { level: 2, name: 'What they run', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Permalink: What they run' })).toHaveAttribute('href', '#what-they-run');
});

/** The posts (`/blog/<slug>`) a text names; category, author and page addresses aside. */
function postSlugs(text: string): Set<string> {
  const slugs = [...text.matchAll(/\/blog\/([a-z0-9-]+)(?![a-z0-9-])/g)].map((m) => m[1]!);
  return new Set(slugs.filter((slug) => !['category', 'author', 'page'].includes(slug)));
}

// Next ships the root not-found page in every page's RSC payload: a post named there (it listed
// the latest three) made publishing a post change every article's page. An article's HTML, payload
// included, names only the posts it shows.
for (const seed of SEEDS) {
  test(`“${seed.title.slice(0, 40)}…”'s page, its payload included, names no post it does not show`, async ({ request }) => {
    const html = await (await request.get(`/blog/${seed.slug}`)).text();
    expect(html).toContain('self.__next_f.push');
    const named = postSlugs(html);
    const shown = postSlugs(html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ''));
    // Not vacuous: the payload carries the related posts, which the page shows.
    expect(named.size).toBeGreaterThan(1);
    expect([...named].filter((slug) => slug !== seed.slug && !shown.has(slug))).toEqual([]);
  });
}

// next start turns a page's string into bytes on every request, an ASCII one several times faster
// (lib/serving/ascii-pages.ts): every page is sent in ASCII. The tests above read its arrows, dots
// and names as a reader sees them; e2e/share-card its JSON-LD as a crawler reads it.
for (const seed of SEEDS) {
  test(`“${seed.title.slice(0, 40)}…”'s page is sent in ASCII`, async ({ request }) => {
    const html = await (await request.get(`/blog/${seed.slug}`)).text();
    // Not vacuous: the byline's "·" is there, as a character reference.
    expect(html).toContain('&#xb7;');
    expect(html.match(/[^\x00-\x7f]/g) ?? []).toEqual([]);
  });
}
