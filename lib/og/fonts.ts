import fs from 'node:fs';
import path from 'node:path';
import { readFontMetrics, type FontMetrics } from './font-file';

/*
 * The fonts a social card may use, all shipped by @fontsource packages (read from node_modules at
 * build time, never fetched). Each package is split into unicode-range subsets; a card loads only
 * the subsets its text needs, so a CJK title costs a few 50 KB files, not a 10 MB font.
 */

export type Weight = 400 | 700;
export const WEIGHTS: readonly Weight[] = [400, 700];

/** One subset file of one package: satori knows it by `name`. */
export type FontFace = { name: string; pkg: string; subset: string; ranges: [number, number][] };

/** What next/og's `fonts` option takes. */
export type CardFont = { name: string; data: Buffer; weight: Weight; style: 'normal' };

type Family = 'sc' | 'jp' | 'kr';

const BASE_PKG = 'noto-sans';
// Latin first: satori tries faces in this order, and most titles need nothing else.
const BASE_SUBSETS = ['latin', 'latin-ext', 'vietnamese', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'devanagari'];
const CJK_PKG: Record<Family, string> = { sc: 'noto-sans-sc', jp: 'noto-sans-jp', kr: 'noto-sans-kr' };

// Cards are drawn at build time: the font files need no tracing into the server bundle (and
// tracing these packages means 28,000 files), hence turbopackIgnore.
const fontsourceDir = (pkg: string) => path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules', '@fontsource', pkg);

function parseRanges(css: string): [number, number][] {
  return css.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(from!, 16);
    return [start, to ? parseInt(to, 16) : start];
  });
}

function readFaces(pkg: string, keep: (subset: string) => boolean): FontFace[] {
  const file = path.join(fontsourceDir(pkg), 'unicode.json');
  let index: Record<string, string>;
  try {
    index = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    throw new Error(`Social cards: cannot read ${file}. Run npm ci: @fontsource/${pkg} is a dependency.`);
  }
  return Object.entries(index)
    .map(([key, ranges]) => ({ subset: key.replace(/[[\]]/g, ''), ranges }))
    .filter(({ subset }) => keep(subset))
    .map(({ subset, ranges }) => ({ name: `${pkg}-${subset}`, pkg, subset, ranges: parseRanges(ranges) }));
}

let catalogue: { base: FontFace[]; cjk: Record<Family, FontFace[]> } | null = null;

function faces() {
  if (catalogue) return catalogue;
  const base = readFaces(BASE_PKG, () => true).sort(
    (a, b) => BASE_SUBSETS.indexOf(a.subset) - BASE_SUBSETS.indexOf(b.subset),
  );
  // The CJK packages' Latin/Cyrillic subsets duplicate Noto Sans: only their numbered slices are kept.
  const numbered = (subset: string) => /^\d+$/.test(subset);
  const cjk = {
    sc: readFaces(CJK_PKG.sc, numbered),
    jp: readFaces(CJK_PKG.jp, numbered),
    kr: readFaces(CJK_PKG.kr, numbered),
  };
  catalogue = { base, cjk };
  return catalogue;
}

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;

/**
 * Every face a text may use, in the order to try them: Noto Sans' subsets, then the CJK families,
 * Japanese first when the text has kana, Korean first when it has Hangul, else Simplified Chinese
 * (so Han characters take the shapes of the language around them).
 */
export function facesFor(text: string): FontFace[] {
  const { base, cjk } = faces();
  const order: Family[] = KANA.test(text) ? ['jp', 'sc', 'kr'] : HANGUL.test(text) ? ['kr', 'sc', 'jp'] : ['sc', 'jp', 'kr'];
  return [...base, ...order.flatMap((family) => cjk[family])];
}

/** Whether a face's declared unicode-range covers a code point (its cmap decides for sure). */
export const faceMayHave = (face: FontFace, cp: number) => face.ranges.some(([a, b]) => cp >= a && cp <= b);

const dataCache = new Map<string, Buffer>();
const metricsCache = new Map<string, FontMetrics>();

/** The .woff file of a face (satori reads TTF, OTF and WOFF, not WOFF2). Cached: satori caches its parse by identity. */
export function faceData(face: FontFace, weight: Weight): Buffer {
  const key = `${face.name}@${weight}`;
  let data = dataCache.get(key);
  if (!data) {
    const file = path.join(fontsourceDir(face.pkg), 'files', `${face.name}-${weight}-normal.woff`);
    data = fs.readFileSync(file);
    dataCache.set(key, data);
  }
  return data;
}

/** Which characters a face draws and how wide, for one weight. Cached. */
export function faceMetrics(face: FontFace, weight: Weight): FontMetrics {
  const key = `${face.name}@${weight}`;
  let metrics = metricsCache.get(key);
  if (!metrics) {
    metrics = readFontMetrics(faceData(face, weight));
    metricsCache.set(key, metrics);
  }
  return metrics;
}

/** The faces, each at both weights, as next/og's `fonts` option. */
export function cardFonts(chosen: FontFace[]): CardFont[] {
  return chosen.flatMap((face) =>
    WEIGHTS.map((weight) => ({ name: face.name, data: faceData(face, weight), weight, style: 'normal' as const })),
  );
}
