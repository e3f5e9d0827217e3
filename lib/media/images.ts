import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { buildCacheDir } from '../env';
import { writeAtomic } from '../atomic-file';

/*
 * Responsive variants of the site's own images (public/img/…), made with sharp when the content is
 * built, so they exist in the static export too (Next's image optimiser needs a server). Each
 * variant's name carries a hash of the source, so a changed image never serves an old variant,
 * and a variant already on disk, or kept in the build cache with the same encoder settings, is
 * never made twice.
 */

/** Widths offered to browsers; an image narrower than one is offered at its own width instead. */
export const VARIANT_WIDTHS = [480, 800, 1200, 1600] as const;
/** The fallback `src` (and what feeds carry): the largest variant up to this width. */
export const FALLBACK_WIDTH = 1200;
/** Where variants go, below public/ (git-ignored); served at /img/_v/. */
export const VARIANT_DIR = path.join('img', '_v');

export type Format = 'avif' | 'webp' | 'jpeg' | 'png';
export type Variant = { path: string; width: number };
export type ImageSize = { width: number; height: number };
export type ResponsiveImage = { width: number; height: number; fallback: string; sources: { format: Format; type: string; variants: Variant[] }[] };

const TYPES: Record<Format, string> = { avif: 'image/avif', webp: 'image/webp', jpeg: 'image/jpeg', png: 'image/png' };
// AVIF's default effort (4) costs ~4x the time for a few percent: the archive is built on 2 cores.
const ENCODE: Record<Format, (s: Sharp) => Sharp> = {
  avif: (s) => s.avif({ quality: 55, effort: 2 }),
  webp: (s) => s.webp({ quality: 78 }),
  jpeg: (s) => s.jpeg({ quality: 80, mozjpeg: true }),
  png: (s) => s.png({ compressionLevel: 9 }),
};

/** The widths to make for a source `width` px wide: every standard width below it, and its own (capped at the largest). */
export function variantWidths(width: number): number[] {
  const below = VARIANT_WIDTHS.filter((w) => w < width);
  return width > VARIANT_WIDTHS.at(-1)! ? [...VARIANT_WIDTHS] : [...below, width];
}

/** A local image path of a post ("/img/x.jpg", query and hash dropped), or null for a remote or non-image URL. */
export function localImagePath(src: string): string | null {
  if (!src.startsWith('/') || src.startsWith('//')) return null;
  let file = src.replace(/[?#].*$/, '');
  try {
    file = decodeURI(file);
  } catch {
    return null;
  }
  return /\.(jpe?g|png|webp|gif|avif|svg)$/i.test(file) ? file : null;
}

const pending = new Map<string, Promise<ResponsiveImage | ImageSize | null>>();

// The encoder settings are part of a cached variant's identity (its public name holds only the source's hash).
const SETTINGS = crypto.createHash('sha256').update(`${sharp.versions.vips}|${ENCODE.avif.toString()}|${ENCODE.webp.toString()}|${ENCODE.jpeg.toString()}|${ENCODE.png.toString()}`).digest('hex').slice(0, 12);

/** Where variants are kept between builds (BUILD_CACHE_DIR, default .next/cache): public/img/_v is rebuilt from it. */
export const variantCacheDir = () => path.resolve(buildCacheDir(), 'images', SETTINGS);

async function writeVariant(input: Buffer, file: string, width: number, format: Format) {
  if (fs.existsSync(file)) return;
  const cached = path.join(variantCacheDir(), path.basename(file));
  if (!fs.existsSync(cached)) {
    const data = await ENCODE[format](sharp(input).rotate().resize({ width, withoutEnlargement: true })).toBuffer();
    fs.mkdirSync(path.dirname(cached), { recursive: true });
    writeAtomic(cached, data);
  }
  writeAtomic(file, fs.readFileSync(cached));
}

async function makeVariants(publicDir: string, src: string): Promise<ResponsiveImage | ImageSize | null> {
  const file = path.join(publicDir, src);
  if (!fs.existsSync(file)) return null;
  const input = fs.readFileSync(file);
  const meta = await sharp(input).metadata();
  if (!meta.width || !meta.height) return null;
  // EXIF orientations 5–8 swap width and height once the image is rotated upright.
  const [width, height] = (meta.orientation ?? 1) >= 5 ? [meta.height, meta.width] : [meta.width, meta.height];
  const own = meta.format === 'jpeg' || meta.format === 'png' ? meta.format : meta.format === 'webp' ? null : undefined;
  // GIF (maybe animated) and SVG are served as they are, with their size.
  if (own === undefined) return { width, height };
  const hash = crypto.createHash('sha256').update(input).digest('hex').slice(0, 10);
  const stem = path.basename(src).replace(/\.[^.]+$/, '').replace(/[^\w.-]+/g, '-');
  const widths = variantWidths(width);
  const formats: Format[] = own ? ['avif', 'webp', own] : ['avif', 'webp'];
  fs.mkdirSync(path.join(publicDir, VARIANT_DIR), { recursive: true });
  const sources: ResponsiveImage['sources'] = [];
  for (const format of formats) {
    const ext = format === 'jpeg' ? 'jpg' : format;
    const variants = widths.map((w) => ({ path: `/${VARIANT_DIR}/${stem}-${hash}-${w}.${ext}`.split(path.sep).join('/'), width: w }));
    await Promise.all(variants.map((v) => writeVariant(input, path.join(publicDir, v.path), v.width, format)));
    sources.push({ format, type: TYPES[format], variants });
  }
  const fallbackSource = sources.at(-1)!;
  const fallback = [...fallbackSource.variants].reverse().find((v) => v.width <= FALLBACK_WIDTH) ?? fallbackSource.variants[0]!;
  return { width, height, fallback: fallback.path, sources };
}

/**
 * The variants of a local image (made on first use) with its intrinsic size; only the size for GIF
 * and SVG; null when the file is missing (content:check reports it) or unreadable.
 */
export function responsiveImage(publicDir: string, src: string): Promise<ResponsiveImage | ImageSize | null> {
  const file = path.join(publicDir, src);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return Promise.resolve(null);
  }
  // Keyed by modification time too: under npm run dev an editor may replace the image.
  const key = `${file}@${stat.mtimeMs}:${stat.size}`;
  let job = pending.get(key);
  if (!job) {
    job = makeVariants(publicDir, src).catch(() => null);
    pending.set(key, job);
  }
  return job;
}
