// contentlayer2's pieces that the content scripts drive one file at a time (scripts/content-watch.mjs
// on each save, scripts/content-prefill.mjs over a share of the archive): its runtime as its CLI
// runs it, the config and schema, and its per-file step, which 0.5.8 (pinned) does not export.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as core from 'contentlayer2/core';
import { errorToString, provideTracing } from '@contentlayer2/utils';
import { NodeFsLive } from '@contentlayer2/utils/node';
import { Either, pipe, provideConsole, S, T } from '@contentlayer2/utils/effect';
import { tsImport } from 'tsx/esm/api';
import { importConfigModule } from './config-module.mjs';

const { contentDir } = await tsImport('../lib/env.ts', import.meta.url);
const { contentlayerDocumentHash } = await tsImport('../lib/content/build-cache.ts', import.meta.url);

// contentlayer2's own watcher uses these three; the watcher test fails loudly if they move.
const sourceFiles = path.dirname(fileURLToPath(import.meta.resolve('@contentlayer2/source-files')));
const internal = (file) => import(pathToFileURL(path.join(sourceFiles, file)).href);
export const { makeCacheItemFromFilePath } = await internal('fetchData/makeCacheItemFromFilePath.js');
export const { provideDocumentTypeMapState } = await internal('fetchData/DocumentTypeMap.js');
export const { FetchDataError } = await internal('errors/index.js');

/** Runs a contentlayer2 effect as its CLI does (runMain's layers), resolving with { ok, value | error }. */
export function run(effect) {
  return pipe(
    effect,
    provideTracing('contentlayer-cli', 'based-on-env'),
    core.provideCwd,
    T.either,
    provideConsole,
    T.provideSomeLayer(NodeFsLive),
    T.runPromise,
  ).then((either) => (either._tag === 'Right' ? { ok: true, value: either.right } : { ok: false, error: either.left }));
}

/** Like run, but throws contentlayer2's message when the effect fails. */
export async function runOrThrow(effect) {
  const result = await run(effect);
  if (!result.ok) throw new Error(errorToString(result.error));
  return result.value;
}

/**
 * contentlayer.config.ts as contentlayer2 loads it (config, schema), with what its makeSource
 * keeps to itself (flags, file patterns, content types), and the content folder's absolute path.
 */
export async function loadSource({ configPath, root = process.cwd() } = {}) {
  // Each process compiles contentlayer.config.ts to the same file (.contentlayer/.cache), and
  // several load at once (the content build, its processes, the watcher): one may import the file
  // while another rewrites it, and find the same bytes a moment later.
  for (let attempt = 1; ; attempt++) {
    try {
      return await loadSourceOnce({ configPath, root, attempt });
    } catch (error) {
      if (attempt === 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

async function loadSourceOnce({ configPath, root, attempt }) {
  const config = await runOrThrow(core.getConfig({ configPath }));
  const schemaDef = await runOrThrow(config.source.provideSchema(config.esbuildHash));
  // The module contentlayer2 compiled and imported (with a query that makes it fresh): imported again
  // here, it costs next to nothing, as its imports are loaded already; its name carries a hash of its
  // content, so a changed config is a new module. tsImport of contentlayer.config.ts compiled the
  // config and its rules a second time (~1.1 s and ~100 MB a process).
  const configModule = await importConfigModule(config.filePath, attempt);
  const defs = configModule.documentTypes.map((t) => t.def());
  return {
    config,
    schemaDef,
    flags: configModule.sourceFlags,
    patterns: Object.fromEntries(defs.map((d) => [d.filePathPattern, d.name])),
    contentTypes: Object.fromEntries(defs.map((d) => [d.name, d.contentType])),
    contentDirPath: path.resolve(root, contentDir()),
  };
}

/** contentlayer2's per-file step for one file (validation, fields, markdown, computed fields), without a previous cache. */
export const makeCacheItem = (source, relativeFilePath) =>
  makeCacheItemFromFilePath({
    relativeFilePath,
    filePathPatternMap: source.patterns,
    coreSchemaDef: source.schemaDef,
    contentDirPath: source.contentDirPath,
    options: source.config.source.options,
    previousCache: undefined,
    contentTypeMap: source.contentTypes,
  });

// The listing contentlayer2's fetchData makes (fetchAllDocuments.js, getAllRelativeFilePaths): its
// own copy of fast-glob, its pattern, and its default exclusions (contentlayer.config.ts sets no
// contentDirInclude or contentDirExclude: scripts/content-prefill.test.ts checks that).
const globOfSourceFiles = createRequire(path.join(sourceFiles, 'index.js'))('fast-glob');
const { contentDirExcludeDefault } = await import('@contentlayer2/source-files');
const DOCUMENT_PATTERN = '{,**/}*.{md,mdx,json,yaml,yml}';

/**
 * `cache` as contentlayer2's fetchData would return it, when it holds every file of the content
 * folder: for each file contentlayer2 lists, in its order, an item without warnings whose key is the
 * file's modification time now (the items fetchData reuses as they are, and it reports nothing
 * when it only reuses). Null when one is missing, stale or warned about, or when the schema has
 * what fetchData adds to the items (singletons to check, embedded references): the generation then
 * reads the content itself.
 */
export async function wholeCache(source, cache) {
  const defs = Object.values(source.schemaDef.documentTypeDefMap);
  const embeds = [...defs, ...Object.values(source.schemaDef.nestedTypeDefMap)].some((def) =>
    def.fieldDefs.some((field) => (field.type === 'reference' && field.embedDocument) || (field.type === 'list' && field.of?.type === 'reference' && field.of.embedDocument)),
  );
  if (embeds || defs.some((def) => def.isSingleton)) return null;
  const files = await globOfSourceFiles(DOCUMENT_PATTERN, { cwd: source.contentDirPath, ignore: [...contentDirExcludeDefault] });
  const cacheItemsMap = {};
  for (const rel of files) {
    const item = cache.cacheItemsMap[rel];
    if (!item || item.hasWarnings !== false || item.documentHash !== contentlayerDocumentHash(path.join(source.contentDirPath, rel))) return null;
    cacheItemsMap[rel] = item;
  }
  return { ...cache, cacheItemsMap };
}

/** `config` whose source hands contentlayer2's generation `cache` instead of reading the content (and its cache file) again. */
export function configWithCache(config, cache) {
  return { ...config, source: { ...config.source, fetchData: () => S.succeed(Either.right(cache)) } };
}
