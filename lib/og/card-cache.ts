import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { buildCacheDir, isProduction } from '../env';
import { writeAtomic } from '../atomic-file';
import type { CardFont } from './fonts';
import type { CardLayout } from './layout';

/*
 * Drawn cards, kept by `next build` in .next/cache/og-cards/<key>.png (hosts and CI keep
 * .next/cache between builds). The key hashes everything that decides the pixels, so a card whose
 * layout, fonts, drawing code or renderer changed gets a new key: an old file is never served.
 */

/** Where the cache is and what its keys are made of, besides each card's layout and fonts. */
export type CardCache = {
  dir: string;
  /** sourcesHash() of the files that draw a card. */
  sources: string;
  /** rendererVersions(). */
  renderer: Record<string, string>;
};

// Files read and written at build time only: each fs call's turbopackIgnore keeps them (and any
// .png or lib file a pattern would match) out of the server trace.
const root = () => /* turbopackIgnore: true */ process.cwd();

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** The files whose code draws a card: the component, lib/og's modules (not their tests) and lib/site.ts. */
export function cardSourceFiles(dir: string = root()): string[] {
  const og = path.join(/* turbopackIgnore: true */ dir, 'lib', 'og');
  const modules = fs
    .readdirSync(/* turbopackIgnore: true */ og)
    .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
    .sort()
    .map((name) => path.join(/* turbopackIgnore: true */ og, name));
  const file = (...parts: string[]) => path.join(/* turbopackIgnore: true */ dir, ...parts);
  return [file('components', 'og', 'social-card.tsx'), ...modules, file('lib', 'site.ts')];
}

/** One hash of the files' names (relative to `base`) and bytes. */
export function sourcesHash(files: readonly string[], base: string = root()): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${path.relative(base, file)}\0`).update(sha256(fs.readFileSync(/* turbopackIgnore: true */ file)));
  return hash.digest('hex');
}

/** The version in node_modules/<name>/package.json. */
export function packageVersion(name: string, dir: string = root()): string {
  const file = path.join(/* turbopackIgnore: true */ dir, 'node_modules', name, 'package.json');
  return (JSON.parse(fs.readFileSync(/* turbopackIgnore: true */ file, 'utf8')) as { version: string }).version;
}

/** The versions of what turns a card into pixels: satori (layout, SVG), sharp and the libvips and librsvg it loaded (PNG). */
export const rendererVersions = (): Record<string, string> => ({
  satori: packageVersion('satori'),
  sharp: sharp.versions.sharp,
  vips: sharp.versions.vips,
  rsvg: sharp.versions.rsvg ?? 'none',
});

// faceData() returns one Buffer per font file and process, so each file is hashed once.
const fontHashes = new WeakMap<Buffer, string>();
const fontHash = (data: Buffer) => {
  let hash = fontHashes.get(data);
  if (!hash) fontHashes.set(data, (hash = sha256(data)));
  return hash;
};

/** The key of a card: sha256 of its layout, each font (name, weight, style, bytes), the drawing code and the renderer. */
export function cardKey(layout: CardLayout, fonts: readonly CardFont[], cache: Pick<CardCache, 'sources' | 'renderer'>): string {
  // Warnings only go to the build log: they draw nothing.
  const { warnings: _warnings, ...drawn } = layout;
  return sha256(
    JSON.stringify({
      layout: drawn,
      fonts: fonts.map((f) => ({ name: f.name, weight: f.weight, style: f.style, data: fontHash(f.data) })),
      sources: cache.sources,
      renderer: cache.renderer,
    }),
  );
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
// The IEND chunk every complete PNG ends with: length 0, type, CRC.
const IEND = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/** Whether bytes look like a whole PNG: signature first, IEND last (an empty or cut-off file fails). */
export const isCompletePng = (bytes: Buffer) =>
  bytes.length > SIGNATURE.length + IEND.length && bytes.subarray(0, 8).equals(SIGNATURE) && bytes.subarray(-IEND.length).equals(IEND);

function readHit(file: string): Buffer | null {
  try {
    const bytes = fs.readFileSync(/* turbopackIgnore: true */ file);
    return isCompletePng(bytes) ? bytes : null;
  } catch {
    return null;
  }
}

let writeFailed = false;

function store(file: string, png: Buffer) {
  try {
    fs.mkdirSync(/* turbopackIgnore: true */ path.dirname(file), { recursive: true });
    // Other build workers may read this file at any moment: they see no file or the whole file.
    writeAtomic(file, png);
  } catch (error) {
    if (!writeFailed) console.warn(`Social cards: cannot write the card cache (${String(error)}); cards are drawn every build.`);
    writeFailed = true;
  }
}

/**
 * A card's PNG: from the cache when a complete file has its key, else drawn by `draw` and stored
 * (written to a temporary name, then renamed). No cache: drawn every time.
 */
export async function cachedCardPng(
  layout: CardLayout,
  fonts: readonly CardFont[],
  draw: () => Promise<Buffer>,
  cache: CardCache | null,
): Promise<Buffer> {
  if (!cache) return draw();
  const file = path.join(/* turbopackIgnore: true */ cache.dir, `${cardKey(layout, fonts, cache)}.png`);
  const hit = readHit(file);
  if (hit) return hit;
  const png = await draw();
  store(file, png);
  return png;
}

/** The cache in `<base>/.next/cache/og-cards` (BUILD_CACHE_DIR), keyed with the drawing code in `base`. */
export function cardCacheAt(base: string = root()): CardCache {
  return {
    dir: path.resolve(/* turbopackIgnore: true */ base, buildCacheDir(), 'og-cards'),
    sources: sourcesHash(cardSourceFiles(base), base),
    renderer: rendererVersions(),
  };
}

let processCache: CardCache | null | undefined;

/**
 * The cache `next build` and `next start` use (NODE_ENV=production): the build's cards step
 * (scripts/cards-build.ts) fills it, and next start serves each post's card from it on its first
 * request. Null under next dev and in tests, which draw every card, and where the drawing code is
 * not on disk to be hashed (a deployment without sources): each card is then drawn, never guessed.
 */
export function cardCache(): CardCache | null {
  if (!isProduction()) return null;
  // The drawing code and renderer cannot change while a process runs: hashed once.
  if (processCache === undefined) {
    try {
      processCache = cardCacheAt();
    } catch (error) {
      console.warn(`Social cards: no card cache (${String(error)}); each card is drawn when asked for.`);
      processCache = null;
    }
  }
  return processCache;
}

/** Whether the cache holds a card whose key is `key` (a whole PNG, not a cut-off one). */
export const hasCard = (cache: CardCache, key: string): boolean => readHit(path.join(/* turbopackIgnore: true */ cache.dir, `${key}.png`)) !== null;

/**
 * Makes sure the cache holds this card: drawn by `draw` and stored on a miss. Returns its key and
 * whether it was drawn (the build's cards step, scripts/cards-build.ts).
 */
export async function cacheCard(
  layout: CardLayout,
  fonts: readonly CardFont[],
  draw: () => Promise<Buffer>,
  cache: CardCache,
): Promise<{ key: string; drawn: boolean }> {
  const key = cardKey(layout, fonts, cache);
  if (hasCard(cache, key)) return { key, drawn: false };
  store(path.join(/* turbopackIgnore: true */ cache.dir, `${key}.png`), await draw());
  return { key, drawn: true };
}

/**
 * Removes every cached card whose key is not in `keep` (a title, the drawing code, a font or the
 * renderer changed since it was drawn), so a cache that CI keeps between builds does not grow
 * without end. Returns how many went. Temporary files of a write under way are left alone.
 */
export function pruneCardCache(cache: CardCache, keep: ReadonlySet<string>): number {
  let removed = 0;
  let names: string[];
  try {
    names = fs.readdirSync(/* turbopackIgnore: true */ cache.dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const key = /^([0-9a-f]{64})\.png$/.exec(name)?.[1];
    if (!key || keep.has(key)) continue;
    fs.rmSync(/* turbopackIgnore: true */ path.join(/* turbopackIgnore: true */ cache.dir, name), { force: true });
    removed++;
  }
  return removed;
}
