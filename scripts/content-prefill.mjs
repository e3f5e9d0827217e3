// Before contentlayer2's whole generation (`npm run content:build`: npm run build, and npm run
// dev's first start): contentlayer2 makes its documents one after another on one core, about 8 ms
// each (10,000 posts: 80 s of a 100 s generation). Here the documents its cache lacks are made
// first by its own per-file step in one process per core, and put into its cache
// (.contentlayer/.cache), where its generation then finds them as it finds those of an earlier run.
// Whatever a process fails to make (a refused file, a warning, a crash) is left to the generation,
// which makes it and reports it as it always does: the output is the same, only sooner.
//
// As a child: `node scripts/content-prefill.mjs <files.json> <items.json> [--config path]` makes the
// documents of the files listed in files.json and writes them to items.json.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const self = fileURLToPath(import.meta.url);
const { writeAtomic } = await tsImport('../lib/atomic-file.ts', import.meta.url);
const { contentlayerDocumentHash, hasContentlayerCache } = await tsImport('../lib/content/build-cache.ts', import.meta.url);
const { scanDocuments } = await tsImport('../lib/content/files.ts', import.meta.url);

/**
 * Below this many documents per process the split costs more than it saves: each process spends
 * ~2.5 s loading contentlayer2 and the config, and runs cold (unoptimised) code for its first few
 * hundred documents. Measured on 2 cores (`node scripts/content-build.mjs`, caches removed):
 * 1,038 documents 12.9 s alone, 15.3 s split in two; 10,038 documents 101.9 s alone, 64.3 s split.
 * CONTENT_PREFILL_MIN overrides it (the test splits a handful).
 */
const MIN_PER_PROCESS = Number(process.env.CONTENT_PREFILL_MIN ?? 1000);

/**
 * A larger young generation for the processes: contentlayer2 allocates about 10 MB per document, and with
 * Node's default semi-space (16 MB) a process of 5,000 documents ran 3,298 scavenges for 8.4 s of
 * its 47 s. With 64 MB: 893 scavenges, 3.6 s. Measured on 2 cores, `node [flag]
 * scripts/content-prefill.mjs <5,000 files> out.json` alternately: 43.1 / 38.7 s with the default,
 * 35.1 / 37.9 s with 64 MB, peak RSS ~1.0 GB → ~1.06 GB. This is the young generation, not the
 * heap limit (that stays Node's default).
 */
export const CHILD_NODE_FLAGS = ['--max-semi-space-size=64'];

/** The cache items of `files`, made by contentlayer2's per-file step: those it made without a warning, by path. */
async function makeItems(source, files) {
  // Loaded here, not above: the parent starts its processes before it loads contentlayer2 itself.
  const { Chunk, pipe, T } = await import('@contentlayer2/utils/effect');
  const { makeCacheItem, provideDocumentTypeMapState, runOrThrow } = await import('./contentlayer-source.mjs');
  const { documents } = await runOrThrow(
    pipe(
      files,
      T.forEachParN(os.cpus().length, (file) => makeCacheItem(source, file)),
      T.map(Chunk.partitionThese),
      T.map(({ tuple: [, docs] }) => ({ documents: Chunk.toArray(docs) })),
      provideDocumentTypeMapState,
    ),
  );
  return Object.fromEntries(documents.filter((item) => item.hasWarnings === false).map((item) => [item.document._id, item]));
}

/** Runs this script as a child over `files`; resolves with the items it made (none when it failed). */
function child(files, dir, index, configPath, log, running) {
  const list = path.join(dir, `files-${index}.json`);
  const out = path.join(dir, `items-${index}.json`);
  fs.writeFileSync(list, JSON.stringify(files));
  const args = [...CHILD_NODE_FLAGS, self, list, out, ...(configPath ? ['--config', configPath] : [])];
  const proc = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'pipe'] });
  running.add(proc);
  let stderr = '';
  proc.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => {
    proc.on('close', (code) => {
      running.delete(proc);
      if (code === 0 && fs.existsSync(out)) return resolve(JSON.parse(fs.readFileSync(out, 'utf8')));
      // Not fatal: the generation makes these documents itself.
      log(`contentlayer2's documents in parallel: process ${index + 1} failed (${code}); the generation makes its ${files.length} documents.\n${stderr.trim()}`);
      resolve({});
    });
  });
}

/**
 * What content:build says of the split: once the documents to make are known (`toMake`), then,
 * after a split, `made` or `failed`.
 */
export const SPLIT_LINES = {
  // Not about the split: said when contentlayer2's generation is handed the whole cache (scripts/content-build.mjs).
  inMemory: (documents) => `contentlayer2's generation takes its ${documents} documents from the cache in memory`,
  toMake: (documents, processes) => `contentlayer2's documents to make: ${documents}${processes < 2 ? '' : `, on ${processes} cores`}`,
  made: (documents, ms) => `contentlayer2's documents made in parallel: ${documents} in ${ms} ms`,
  failed: (reason) => `contentlayer2's documents were not made in parallel (${reason}); the generation makes them one by one.`,
};

/**
 * Starts one process per core over `files` (contentlayer2's paths below the content folder) when
 * there are enough of them. Returns null when there are not, else { done, stop }: `done` resolves
 * with the items made, by path; `stop` kills the processes.
 */
export function startPrefill({ files, configPath, processes = os.availableParallelism(), log = console.log }) {
  const count = Math.min(processes, Math.floor(files.length / MIN_PER_PROCESS));
  log(SPLIT_LINES.toMake(files.length, count));
  if (count < 2) return null;
  const shares = Array.from({ length: count }, (_, i) => files.filter((_, j) => j % count === i));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-prefill-'));
  const running = new Set();
  const stop = () => running.forEach((proc) => proc.kill());
  process.once('exit', stop);
  const done = Promise.all(shares.map((share, i) => child(share, dir, i, configPath, log, running)))
    .then((made) => Object.assign({}, ...made))
    .finally(() => {
      process.off('exit', stop);
      fs.rmSync(dir, { recursive: true, force: true });
    });
  return { done, stop };
}

/**
 * Before contentlayer2 is loaded: with no cache at all in `artifactsCache` (a first build, a fresh
 * clone without .next/cache) every document below `contentDir` is to be made, so the processes can
 * start at once. Returns `started` for prefillDocumentCache (null: not started) and whether a split
 * can still happen once the source is loaded (not when this one found too few, or failed).
 */
export function startPrefillWithoutCache({ artifactsCache, contentDir, configPath, log = console.log }) {
  if (hasContentlayerCache(artifactsCache)) return { started: null, later: true };
  try {
    const started = startPrefill({ files: [...scanDocuments(contentDir).keys()], configPath, log });
    // Too few to split now, and the empty cache would lack the same documents later.
    return { started, later: false };
  } catch (error) {
    log(SPLIT_LINES.failed(error.message));
    return { started: null, later: false };
  }
}

/**
 * Fills contentlayer2's cache with the documents it lacks, made in one process per core, when there
 * are enough of them. `started`: a startPrefill begun before the source was loaded, over every
 * document (there was no cache to lack them from). Returns `made`, how many documents were made
 * (null when there were too few to split), `cache`, the cache with them, and `save(cache)`, which
 * writes a cache where contentlayer2 reads it (when documents were made; else the file is current).
 */
export async function prefillDocumentCache({ source, configPath, processes = os.availableParallelism(), log = console.log, started = null }) {
  const core = await import('contentlayer2/core');
  const { runOrThrow } = await import('./contentlayer-source.mjs');
  const cacheDir = await runOrThrow(core.ArtifactsDir.getCacheDirPath);
  const cacheFile = path.join(cacheDir, `data-${source.schemaDef.hash}.json`);
  const cache = fs.existsSync(cacheFile) ? JSON.parse(fs.readFileSync(cacheFile, 'utf8')) : { cacheItemsMap: {} };
  let prefill = started;
  if (!prefill) {
    // Those contentlayer2 would not reuse: no item under the file's key, or one with a warning.
    const missing = [...scanDocuments(source.contentDirPath).keys()].filter((rel) => {
      const item = cache.cacheItemsMap[rel];
      return !item || item.hasWarnings !== false || item.documentHash !== contentlayerDocumentHash(path.join(source.contentDirPath, rel));
    });
    prefill = startPrefill({ files: missing, configPath, processes, log });
  }
  if (!prefill) return { made: null, cache, save: () => {} };
  const items = await prefill.done;
  let added = 0;
  // Each item is keyed by its file's time when it was made: a file saved since is made again by the generation.
  for (const [rel, item] of Object.entries(items)) {
    cache.cacheItemsMap[rel] = item;
    added++;
  }
  const save = (data) => {
    fs.mkdirSync(cacheDir, { recursive: true });
    writeAtomic(cacheFile, JSON.stringify(data));
  };
  return { made: added, cache, save };
}

if (process.argv[1] === self) {
  const [list, out] = process.argv.slice(2);
  const args = process.argv.slice(2);
  const configPath = args.includes('--config') ? args[args.indexOf('--config') + 1] : undefined;
  const { loadSource } = await import('./contentlayer-source.mjs');
  const source = await loadSource({ configPath });
  const items = await makeItems(source, JSON.parse(fs.readFileSync(list, 'utf8')));
  fs.writeFileSync(out, JSON.stringify(items));
}
