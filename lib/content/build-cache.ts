import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeAtomic } from '../atomic-file';
import { localImagePath } from '../media/images';

/*
 * contentlayer2's cache of processed documents, kept under .next/cache (which hosts and CI keep
 * between builds) and keyed by content. contentlayer2 keys its own cache (.contentlayer/.cache) by
 * each file's modification time, which a fresh checkout changes for every file: its cache would
 * never hit there. Saved after each generation with a content hash of each document's inputs;
 * restored before the next one with each unchanged document re-keyed to its file's current time.
 */

type CacheItem = { documentHash: string };
type DataCache = { cacheItemsMap: Record<string, CacheItem> };

/** Site paths of images in a markdown file's text; localImagePath keeps those the markdown pipeline reads. */
const IMAGE_REF = /\/[^\s"'()<>\]]+\.(?:jpe?g|png|webp|gif|avif|svg)\b/gi;

function sha256(data: string | Buffer): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

/** What decides a document's output: its file's bytes and those of each local image it links. */
export function documentInputsHash(contentDir: string, publicDir: string, relativeFile: string, imageHashes = new Map<string, string>()): string | null {
  let text: Buffer;
  try {
    text = fs.readFileSync(path.join(contentDir, relativeFile));
  } catch {
    return null;
  }
  const parts = [sha256(text)];
  // Each local image the HTML is made from (its size, its variants): the rule lib/media applies.
  const refs = new Set((text.toString('utf8').match(IMAGE_REF) ?? []).map(localImagePath).filter((ref): ref is string => ref !== null));
  for (const ref of [...refs].sort()) {
    let hash = imageHashes.get(ref);
    if (hash === undefined) {
      try {
        hash = sha256(fs.readFileSync(path.join(publicDir, ref)));
      } catch {
        hash = 'missing';
      }
      imageHashes.set(ref, hash);
    }
    parts.push(`${ref}=${hash}`);
  }
  return sha256(parts.join('\n'));
}

type Folders = { artifactsCache: string; buildCache: string; contentDir: string; publicDir: string };

/**
 * The key contentlayer2 files a document under in its own cache: the file's modification time
 * (makeCacheItemFromFilePath), null when the file is gone. It reuses an item only when the key
 * matches and the item had no warning.
 */
export function contentlayerDocumentHash(file: string): string | null {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat ? String(stat.mtime.getTime()) : null;
}

/** contentlayer2's cache files (`v<version>/data-<schema hash>.json`) below `dir`. */
function dataFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /(^|[/\\])data-[^/\\]+\.json$/.test(f));
}

/** Whether `dir` (.contentlayer/.cache) holds any contentlayer2 cache, of any schema. */
export const hasContentlayerCache = (dir: string): boolean => dataFiles(dir).length > 0;

const hashesFile = (dataFile: string) => dataFile.replace(/data-([^/\\]+)\.json$/, 'inputs-$1.json');

/**
 * Copies contentlayer2's cache from .next/cache where .contentlayer has none, keeping only the
 * documents whose inputs are unchanged, each re-keyed to its file's modification time now.
 * Returns how many documents were restored and how many dropped.
 */
export function restoreContentlayerCache({ artifactsCache, buildCache, contentDir, publicDir }: Folders): { restored: number; dropped: number } {
  let restored = 0;
  let dropped = 0;
  const images = new Map<string, string>();
  for (const file of dataFiles(buildCache)) {
    const target = path.join(artifactsCache, file);
    if (fs.existsSync(target) || !fs.existsSync(path.join(buildCache, hashesFile(file)))) continue;
    let cache: DataCache;
    let inputs: Record<string, string>;
    try {
      cache = JSON.parse(fs.readFileSync(path.join(buildCache, file), 'utf8')) as DataCache;
      inputs = JSON.parse(fs.readFileSync(path.join(buildCache, hashesFile(file)), 'utf8')) as Record<string, string>;
    } catch {
      // Unreadable (cut short by a build stopped before it was atomic): nothing to reuse.
      continue;
    }
    for (const [relative, item] of Object.entries(cache.cacheItemsMap)) {
      const now = documentInputsHash(contentDir, publicDir, relative, images);
      if (now !== null && now === inputs[relative]) {
        item.documentHash = contentlayerDocumentHash(path.join(contentDir, relative))!;
        restored++;
      } else {
        delete cache.cacheItemsMap[relative];
        dropped++;
      }
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    writeAtomic(target, JSON.stringify(cache));
  }
  return { restored, dropped };
}

/** Copies contentlayer2's newest cache into .next/cache with each document's inputs hash; drops older ones there. */
export function saveContentlayerCache({ artifactsCache, buildCache, contentDir, publicDir }: Folders): number {
  const newest = dataFiles(artifactsCache)
    .map((file) => ({ file, mtime: fs.statSync(path.join(artifactsCache, file)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime)[0]?.file;
  if (!newest) return 0;
  const cache = JSON.parse(fs.readFileSync(path.join(artifactsCache, newest), 'utf8')) as DataCache;
  const images = new Map<string, string>();
  const inputs: Record<string, string> = {};
  for (const [relative, item] of Object.entries(cache.cacheItemsMap)) {
    // A file saved since contentlayer2 read it: its item is of the text before, so the text now
    // must not vouch for it (the next build would reuse it). Left without inputs, it is dropped there.
    if (item.documentHash !== contentlayerDocumentHash(path.join(contentDir, relative))) continue;
    const hash = documentInputsHash(contentDir, publicDir, relative, images);
    if (hash !== null) inputs[relative] = hash;
  }
  for (const old of dataFiles(buildCache)) {
    fs.rmSync(path.join(buildCache, old), { force: true });
    fs.rmSync(path.join(buildCache, hashesFile(old)), { force: true });
  }
  fs.mkdirSync(path.dirname(path.join(buildCache, newest)), { recursive: true });
  // Whole or not at all: a build stopped while copying must not leave half a cache for the next one.
  writeAtomic(path.join(buildCache, newest), fs.readFileSync(path.join(artifactsCache, newest)));
  writeAtomic(path.join(buildCache, hashesFile(newest)), JSON.stringify(inputs));
  return Object.keys(inputs).length;
}
