import { expect, test, type Page } from '@playwright/test';

const ARTICLE = 'why-openinfras-move-to-the-linux-foundation-signals-a-new-era-for-cloud-native-infrastructure';

/** The Open Graph and Twitter image tags of the current page. */
async function cardTags(page: Page) {
  const metas = await page
    .locator('head meta')
    .evaluateAll((nodes) => nodes.map((m) => [m.getAttribute('property') ?? m.getAttribute('name'), m.getAttribute('content')] as const));
  const meta = (key: string) => metas.find(([k]) => k === key)?.[1] ?? null;
  return {
    image: meta('og:image'),
    width: meta('og:image:width'),
    height: meta('og:image:height'),
    alt: meta('og:image:alt'),
    twitterImage: meta('twitter:image'),
    twitterAlt: meta('twitter:image:alt'),
  };
}

const PAGES = [
  { path: '/', card: '/opengraph-image' },
  { path: '/blog', card: '/opengraph-image' },
  { path: `/blog/${ARTICLE}`, card: `/blog/${ARTICLE}/opengraph-image` },
  { path: '/blog/category/community', card: '/blog/category/community/opengraph-image' },
  { path: '/blog/author/allison-price', card: '/blog/author/allison-price/opengraph-image' },
];

for (const { path, card } of PAGES) {
  test(`${path} points og:image and twitter:image at its own 1200×630 PNG card`, async ({ page, request, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    await page.goto(path);
    const tags = await cardTags(page);
    expect(tags.image).toBe(`${origin}${card}`);
    expect(tags.twitterImage).toBe(tags.image);
    expect([tags.width, tags.height]).toEqual(['1200', '630']);
    expect(tags.alt?.length).toBeGreaterThan(3);
    expect(tags.twitterAlt).toBe(tags.alt);

    const res = await request.get(card);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
    const png = await res.body();
    // The signature, then the IHDR chunk: width and height as big-endian 32-bit integers.
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
}

test("an article's card alt text is its title", async ({ page }) => {
  await page.goto(`/blog/${ARTICLE}`);
  const title = (await page.getByRole('heading', { level: 1 }).textContent())?.trim();
  expect((await cardTags(page)).alt).toBe(title);
});

test("a post's own seo.image wins over its generated card", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  await page.goto('/blog/unlisted-post-with-its-own-image');
  const tags = await cardTags(page);
  expect(tags.image).toBe(`${origin}/logo.png`);
  expect(tags.twitterImage).toBe(`${origin}/logo.png`);
  expect(tags.alt).toBe('An Unlisted Post With Its Own Social Image');
  // Its size is unknown, so none is claimed.
  expect([tags.width, tags.height]).toEqual([null, null]);
});

test('a card URL with no post behind it is a 404, not a card', async ({ request }) => {
  // next start draws a post's card on its first request (lib/og/card-cache.ts): only for a post that exists.
  const res = await request.get('/blog/no-such-post-at-all/opengraph-image');
  expect(res.status()).toBe(404);
  expect(res.headers()['content-type']).not.toBe('image/png');
});
