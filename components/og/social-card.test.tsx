import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { authorCard, categoryCard, postCard, siteCard } from '@/lib/og/card';
import { cardSourceFiles, rendererVersions, sourcesHash, type CardCache } from '@/lib/og/card-cache';
import cardTitles from '@/test/fixtures/card-titles.json';
import { cardImage, cardPng } from './social-card';

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const post = (slug: string, title: string) =>
  postCard({ slug, title, categories: [{ slug: 'community', label: 'Community' }], authorLine: 'Allison Price', publishedAt: '2025-03-12T00:00:00.000Z' });

// Every script a card meets in the archive, and emoji: shared with bench/cards.mjs.
const TITLES: string[] = cardTitles;

/** The share of dark pixels (luma < 100) in a horizontal band of the card: 0 for a blank band. */
async function inkIn(png: Buffer, top: number, height: number): Promise<number> {
  const { data, info } = await sharp(png).extract({ left: 0, top, width: 1200, height }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let dark = 0;
  for (let i = 0; i < data.length; i += info.channels) if (0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]! < 100) dark++;
  return dark / (info.width * info.height);
}

const render = async (title: string) => Buffer.from(await (await cardImage(post('any', title))).arrayBuffer());

describe('what a card shows', () => {
  it('draws the title in the middle of the card, the brand bar on top, and nothing but the title changes with it', async () => {
    const one = await render('OpenInfra Summit recap');
    const two = await render('A different headline entirely, long enough to wrap onto a second line');
    // The title band (between the brand row and the details row) carries ink; a blank card has none.
    expect(await inkIn(one, 200, 200)).toBeGreaterThan(0.01);
    expect(await inkIn(two, 200, 200)).toBeGreaterThan(await inkIn(one, 200, 200));
    const [a, b] = await Promise.all([one, two].map((png) => sharp(png).removeAlpha().raw().toBuffer()));
    expect(a!.equals(b!)).toBe(false);
    // The brand bar: 12 px of #c8102e across the top.
    const { data } = await sharp(one).extract({ left: 600, top: 4, width: 1, height: 1 }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([...data]).toEqual([0xc8, 0x10, 0x2e]);
    // The same card twice is the same image: nothing random or time-dependent is drawn.
    expect((await render('OpenInfra Summit recap')).equals(one)).toBe(true);
  }, 30_000);
});

describe('cardImage without a network', () => {
  const fetchCalls: string[] = [];
  const warnings: string[] = [];

  beforeAll(() => {
    // next/og fetched missing glyphs and every emoji; here any network fetch fails and is recorded.
    // data: URLs are not network (satori may load its own wasm that way), so they go through.
    const localFetch = globalThis.fetch;
    vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.startsWith('data:')) return localFetch(input, init);
      fetchCalls.push(url);
      return Promise.reject(new Error(`network is off: ${url}`));
    });
    vi.spyOn(console, 'warn').mockImplementation((message: string) => void warnings.push(message));
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void warnings.push(args.map(String).join(' ')));
  });
  afterAll(() => vi.unstubAllGlobals());

  it.each(TITLES)('renders a 1200×630 PNG for “%s” without fetching anything', async (title) => {
    const png = Buffer.from(await (await cardImage(post('any', title))).arrayBuffer());
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(fetchCalls).toEqual([]);
  }, 20_000);

  it('renders the home, category and author cards', async () => {
    const cards = [
      siteCard(),
      categoryCard({ slug: 'community', label: 'Community', count: 12 }),
      authorCard({ slug: 'allison-price', name: 'Allison Price', count: 3, profile: null }),
    ];
    for (const card of cards) expect(pngSize(Buffer.from(await (await cardImage(card)).arrayBuffer()))).toEqual({ width: 1200, height: 630 });
    expect(fetchCalls).toEqual([]);
  }, 20_000);

  it('still builds a card with a character no font has, and the build log names the page, title and character', async () => {
    warnings.length = 0;
    const png = Buffer.from(await (await cardImage(post('hieroglyphs', 'Old 𓀀 news'))).arrayBuffer());
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(fetchCalls).toEqual([]);
    expect(warnings).toEqual([
      'Social card for /blog/hieroglyphs ("Old 𓀀 news"): cannot draw U+13000 (𓀀): drawn as empty boxes. A font with these characters belongs in lib/og/fonts.ts.',
    ]);
  }, 20_000);
});

describe('the card cache', () => {
  it('serves a stored card until a file that draws cards changes, then draws a new one', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'social-card-'));
    const files = cardSourceFiles().map((file) => {
      const copy = path.join(root, path.relative(process.cwd(), file));
      fs.mkdirSync(path.dirname(copy), { recursive: true });
      fs.copyFileSync(file, copy);
      return copy;
    });
    const dir = path.join(root, '.next/cache/og-cards');
    const cacheOf = (): CardCache => ({ dir, sources: sourcesHash(files, root), renderer: rendererVersions() });
    const card = post('cached', 'A card drawn once');

    const first = await cardPng(card, cacheOf());
    expect(pngSize(first)).toEqual({ width: 1200, height: 630 });
    expect(first.equals(await cardPng(card, null))).toBe(true);
    const [stored] = fs.readdirSync(dir);
    expect(fs.readFileSync(path.join(dir, stored!)).equals(first)).toBe(true);

    // Put another picture under the card's key: an unchanged build serves it without drawing.
    const stale = await sharp({ create: { width: 2, height: 2, channels: 3, background: '#000000' } }).png().toBuffer();
    fs.writeFileSync(path.join(dir, stored!), stale);
    expect((await cardPng(card, cacheOf())).equals(stale)).toBe(true);

    // The component changes (a comment is enough): the stored picture is not served, the card is drawn again.
    fs.appendFileSync(path.join(root, 'components/og/social-card.tsx'), '\n// changed\n');
    const redrawn = await cardPng(card, cacheOf());
    expect(redrawn.equals(stale)).toBe(false);
    expect(pngSize(redrawn)).toEqual({ width: 1200, height: 630 });
    expect(redrawn.equals(first)).toBe(true);
    expect(fs.readdirSync(dir)).toHaveLength(2);
  }, 20_000);
});

describe('card contents', () => {
  it('a post card says its categories, title, authors and date', () => {
    expect(
      postCard({
        slug: 'x',
        title: 'T',
        categories: [
          { slug: 'a', label: 'A' },
          { slug: 'b', label: 'B' },
        ],
        authorLine: 'Jonathan Bryce and Allison Price',
        publishedAt: '2021-09-08T14:49:35.540Z',
      }),
    ).toEqual({ path: '/blog/x', kicker: 'A · B', title: 'T', details: ['Jonathan Bryce and Allison Price', 'September 8, 2021'], host: 'openinfra.org' });
  });
});
