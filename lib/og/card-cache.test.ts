import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cardPlan, postCard } from './card';
import {
  cacheCard,
  cachedCardPng,
  cardCache,
  cardCacheAt,
  cardKey,
  cardSourceFiles,
  hasCard,
  isCompletePng,
  pruneCardCache,
  rendererVersions,
  sourcesHash,
  type CardCache,
} from './card-cache';

const plan = (title: string) =>
  cardPlan(postCard({ slug: 'x', title, categories: [{ slug: 'community', label: 'Community' }], authorLine: 'Allison Price', publishedAt: '2025-03-12T00:00:00.000Z' }));

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'card-cache-'));

/** Copies of the files that draw a card, in a temporary tree, as cardSourceFiles() lists them there. */
function sourceCopies(): { root: string; files: string[] } {
  const root = tempDir();
  const files = cardSourceFiles().map((file) => {
    const copy = path.join(root, path.relative(process.cwd(), file));
    fs.mkdirSync(path.dirname(copy), { recursive: true });
    fs.copyFileSync(file, copy);
    return copy;
  });
  expect(cardSourceFiles(root)).toEqual(files);
  return { root, files };
}

const RENDERER = { satori: '0.29.0', sharp: '0.35.6', vips: '8.18.8', rsvg: '2.63.4' };

describe('cardKey', () => {
  const { layout, fonts } = plan('OpenInfra Summit recap');
  const cache = { sources: 'a'.repeat(64), renderer: RENDERER };
  const key = cardKey(layout, fonts, cache);

  it('is the same for the same card, and a sha256', () => {
    const again = plan('OpenInfra Summit recap');
    expect(cardKey(again.layout, again.fonts, { ...cache, renderer: { ...RENDERER } })).toBe(key);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with the title', () => {
    const other = plan('OpenInfra Summit recap, day two');
    expect(cardKey(other.layout, other.fonts, cache)).not.toBe(key);
  });

  it("changes when a font's bytes change, its name, weight and style staying the same", () => {
    const changed = fonts.map((font, i) => {
      if (i > 0) return font;
      const data = Buffer.from(font.data);
      data[data.length - 1] = data.at(-1)! ^ 1;
      return { ...font, data };
    });
    expect(changed[0]!.name).toBe(fonts[0]!.name);
    expect(cardKey(layout, changed, cache)).not.toBe(key);
    expect(cardKey(layout, fonts, cache)).toBe(key);
  });

  it('changes when a file that draws the card changes', () => {
    const { root, files } = sourceCopies();
    const before = sourcesHash(files, root);
    expect(sourcesHash(files, root)).toBe(before);
    expect(before).toBe(sourcesHash(cardSourceFiles(), process.cwd()));
    for (const name of ['components/og/social-card.tsx', 'lib/og/layout.ts', 'lib/site.ts']) {
      const file = path.join(root, name);
      const original = fs.readFileSync(file);
      fs.appendFileSync(file, '\n');
      const after = sourcesHash(files, root);
      expect(after, name).not.toBe(before);
      expect(cardKey(layout, fonts, { ...cache, sources: after }), name).not.toBe(key);
      fs.writeFileSync(file, original);
    }
    expect(sourcesHash(files, root)).toBe(before);
  });

  it('counts every lib/og module but not the tests', () => {
    const names = cardSourceFiles().map((file) => path.relative(process.cwd(), file));
    expect(names).toContain('components/og/social-card.tsx');
    expect(names).toContain('lib/og/card-cache.ts');
    expect(names).toContain('lib/og/text-fit.ts');
    expect(names).toContain('lib/site.ts');
    expect(names.filter((n) => n.includes('.test.'))).toEqual([]);
  });

  it('changes with the satori, sharp or libvips version', () => {
    for (const [name, version] of [['satori', '0.29.1'], ['sharp', '0.35.7'], ['vips', '8.18.9']] as const) {
      expect(cardKey(layout, fonts, { ...cache, renderer: { ...RENDERER, [name]: version } }), name).not.toBe(key);
    }
  });

  it('reads the versions installed', () => {
    const installed = rendererVersions();
    expect(installed.satori).toBe(JSON.parse(fs.readFileSync('node_modules/satori/package.json', 'utf8')).version);
    expect(installed.sharp).toBe(JSON.parse(fs.readFileSync('node_modules/sharp/package.json', 'utf8')).version);
    expect(installed.vips).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('cachedCardPng', () => {
  const { layout, fonts } = plan('A card in the cache');
  let drawn: Buffer;
  let other: Buffer;
  beforeAll(async () => {
    drawn = await sharp({ create: { width: 4, height: 2, channels: 3, background: '#c8102e' } }).png().toBuffer();
    other = await sharp({ create: { width: 4, height: 2, channels: 3, background: '#18181b' } }).png().toBuffer();
  });

  const cacheIn = (dir: string): CardCache => ({ dir, sources: 'b'.repeat(64), renderer: RENDERER });
  const cached = (cache: CardCache) => path.join(cache.dir, `${cardKey(layout, fonts, cache)}.png`);

  it('draws on a miss and stores the card under its key; a hit returns the same bytes without drawing', async () => {
    const cache = cacheIn(path.join(tempDir(), 'og-cards'));
    const draw = vi.fn(async () => drawn);
    expect((await cachedCardPng(layout, fonts, draw, cache)).equals(drawn)).toBe(true);
    expect(draw).toHaveBeenCalledTimes(1);
    expect(fs.readdirSync(cache.dir)).toEqual([path.basename(cached(cache))]);
    expect(fs.readFileSync(cached(cache)).equals(drawn)).toBe(true);

    const hit = await cachedCardPng(layout, fonts, draw, cache);
    expect(hit.equals(drawn)).toBe(true);
    expect(draw).toHaveBeenCalledTimes(1);
    // What a hit returns is the file: replaced by another picture, that picture comes back.
    fs.writeFileSync(cached(cache), other);
    expect((await cachedCardPng(layout, fonts, draw, cache)).equals(other)).toBe(true);
    expect(draw).toHaveBeenCalledTimes(1);
  });

  it('never serves a card stored under other drawing code: the key changes, a new card is drawn', async () => {
    const cache = cacheIn(tempDir());
    await cachedCardPng(layout, fonts, async () => drawn, cache);
    const draw = vi.fn(async () => other);
    const changed = { ...cache, sources: 'c'.repeat(64) };
    expect((await cachedCardPng(layout, fonts, draw, changed)).equals(other)).toBe(true);
    expect(draw).toHaveBeenCalledTimes(1);
    expect(fs.readdirSync(cache.dir).sort()).toEqual([path.basename(cached(cache)), path.basename(cached(changed))].sort());
  });

  it.each([
    ['empty', () => Buffer.alloc(0)],
    ['cut off', () => drawn.subarray(0, drawn.length - 20)],
    ['not a PNG', () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'.padEnd(200))],
  ])('redraws and replaces a cached file that is %s', async (_what, bad) => {
    const cache = cacheIn(tempDir());
    fs.writeFileSync(cached(cache), bad());
    const draw = vi.fn(async () => drawn);
    expect((await cachedCardPng(layout, fonts, draw, cache)).equals(drawn)).toBe(true);
    expect(draw).toHaveBeenCalledTimes(1);
    expect(fs.readFileSync(cached(cache)).equals(drawn)).toBe(true);
  });

  it('leaves no temporary file behind, and still returns the card when the cache cannot be written', async () => {
    const dir = tempDir();
    await cachedCardPng(layout, fonts, async () => drawn, cacheIn(dir));
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const file = path.join(tempDir(), 'a-file');
    fs.writeFileSync(file, '');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect((await cachedCardPng(layout, fonts, async () => drawn, cacheIn(path.join(file, 'og-cards')))).equals(drawn)).toBe(true);
    expect(warn.mock.calls[0]?.[0]).toMatch(/^Social cards: cannot write the card cache/);
    warn.mockRestore();
  });

  it('draws every time without a cache', async () => {
    const draw = vi.fn(async () => drawn);
    await cachedCardPng(layout, fonts, draw, null);
    await cachedCardPng(layout, fonts, draw, null);
    expect(draw).toHaveBeenCalledTimes(2);
  });

  it('knows a whole PNG from a part of one', () => {
    expect(isCompletePng(drawn)).toBe(true);
    expect(isCompletePng(drawn.subarray(0, drawn.length - 1))).toBe(false);
    expect(isCompletePng(Buffer.alloc(0))).toBe(false);
  });
});

describe("cacheCard and pruneCardCache (the build's cards step)", () => {
  const { layout, fonts } = plan('A card the build draws first');
  const other = plan('Another card');
  let png: Buffer;
  beforeAll(async () => {
    png = await sharp({ create: { width: 4, height: 2, channels: 3, background: '#c8102e' } }).png().toBuffer();
  });
  const cacheIn = (dir: string): CardCache => ({ dir, sources: 'd'.repeat(64), renderer: RENDERER });

  it('draws a card the cache lacks, and not again once it holds it; next start then reads that file', async () => {
    const cache = cacheIn(tempDir());
    const draw = vi.fn(async () => png);
    expect(await cacheCard(layout, fonts, draw, cache)).toEqual({ key: cardKey(layout, fonts, cache), drawn: true });
    expect(await cacheCard(layout, fonts, draw, cache)).toEqual({ key: cardKey(layout, fonts, cache), drawn: false });
    expect(draw).toHaveBeenCalledTimes(1);
    expect(hasCard(cache, cardKey(layout, fonts, cache))).toBe(true);
    const serve = vi.fn(async () => Buffer.from('never drawn'));
    expect((await cachedCardPng(layout, fonts, serve, cache)).equals(png)).toBe(true);
    expect(serve).not.toHaveBeenCalled();
  });

  it('draws again over a cut-off file', async () => {
    const cache = cacheIn(tempDir());
    fs.writeFileSync(path.join(cache.dir, `${cardKey(layout, fonts, cache)}.png`), png.subarray(0, png.length - 5));
    expect(hasCard(cache, cardKey(layout, fonts, cache))).toBe(false);
    expect((await cacheCard(layout, fonts, async () => png, cache)).drawn).toBe(true);
    expect(hasCard(cache, cardKey(layout, fonts, cache))).toBe(true);
  });

  it('removes the cards no key in use names, and leaves other files alone', async () => {
    const cache = cacheIn(tempDir());
    const kept = await cacheCard(layout, fonts, async () => png, cache);
    const stale = await cacheCard(other.layout, other.fonts, async () => png, cache);
    fs.writeFileSync(path.join(cache.dir, `.${stale.key}.png.123.tmp`), 'a write under way');
    expect(pruneCardCache(cache, new Set([kept.key]))).toBe(1);
    expect(fs.readdirSync(cache.dir).sort()).toEqual([`.${stale.key}.png.123.tmp`, `${kept.key}.png`]);
    expect(pruneCardCache(cacheIn(path.join(cache.dir, 'missing')), new Set())).toBe(0);
  });
});

describe('cardCache', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is on under next build and next start (NODE_ENV=production), in .next/cache/og-cards; off under next dev and in tests', () => {
    expect(cardCache()).toBeNull();
    vi.stubEnv('NODE_ENV', 'development');
    expect(cardCache()).toBeNull();
    vi.stubEnv('NODE_ENV', 'production');
    const expected = { dir: path.join(process.cwd(), '.next', 'cache', 'og-cards'), sources: sourcesHash(cardSourceFiles()), renderer: rendererVersions() };
    expect(cardCache()).toEqual(expected);
    expect(cardCacheAt()).toEqual(expected);
  });
});
