// `npm run content:build -- --watch` (what `npm run dev` runs): contentlayer2's generation, then one
// document at a time. contentlayer2's own watcher rewrites every document, its 110 MB cache and its
// 110 MB _index.json on each save (10,000 posts: a save took more than 10 s to show), and deletes
// each file before writing it again. Here a save makes contentlayer2's own document of the saved
// file (its makeCacheItemFromFilePath: same validation, fields, markdown and computed fields) and
// writes that one JSON file by rename, the type's _index.mjs only when a file comes or goes, the
// authors' _index.json when a profile changes, and the posts' _index.json a few seconds after the
// last save (nothing on the site reads it: lib/content/source.ts reads the documents themselves).
import fs from 'node:fs';
import path from 'node:path';
import * as core from 'contentlayer2/core';
import { errorToString, inflection, uppercaseFirstChar } from '@contentlayer2/utils';
import { pipe, T, These } from '@contentlayer2/utils/effect';
import { tsImport } from 'tsx/esm/api';
import { startGeneration } from './content-generation.mjs';
import { FetchDataError, loadSource, makeCacheItem, provideDocumentTypeMapState, run } from './contentlayer-source.mjs';

const root = process.cwd();
const lib = (file) => tsImport(`../lib/${file}`, import.meta.url);
const { barrelSource, collectionJson, documentJson, idToFileName, writeGenerationStamp } = await lib('content/generation.ts');
const { writeAtomic } = await lib('atomic-file.ts');
const { watchTree } = await lib('dev/watch.ts');
const { fileVersion, isDocumentFile, scanDocuments } = await lib('content/files.ts');
const { barrelDocumentFiles, writeSummaryIndex } = await lib('content/source.ts');

const POSTS_INDEX_DELAY_MS = 3000;

/**
 * Watches the content (and contentlayer.config.ts with the rules it bundles) and keeps
 * `.contentlayer/generated` current. `log` gets contentlayer2's lines: "Generated N documents in
 * .contentlayer" after each generation, "Error: …" after one it refused. `first`: the first whole
 * generation, already started (startGeneration) with `seen`, the scan of the content made before it.
 */
export async function watchGeneration({ configPath, verbose = false, log = console.log, first } = {}) {
  // Where contentlayer2 writes: below the working directory.
  const outDir = path.join(root, '.contentlayer', 'generated');
  let config;
  let schemaDef;
  let contentDirPath;
  let flags;
  let patterns;
  let contentTypes;
  // Per document type (Post, Author): its documents' ids in contentlayer2's order.
  let ids = new Map();
  // relative path → its type, for the documents written; relative path → version, for every file seen.
  let typeOf = new Map();
  let seen = new Map();
  let complete = false;
  let postsIndexTimer;
  // Paths the watcher named since the last pass; null stands for "something, unnamed".
  let pending = new Set();

  async function loadConfig() {
    ({ config, schemaDef, flags, patterns, contentTypes, contentDirPath } = await loadSource({ configPath, root }));
  }

  const variableOf = (typeName) => `all${uppercaseFirstChar(inflection.pluralize(typeName))}`;
  const typeDir = (typeName) => path.join(outDir, typeName);
  const jsonFile = (typeName, id) => path.join(typeDir(typeName), `${idToFileName(id)}.json`);

  /** Reads which documents the last full generation wrote, from its _index.mjs files. */
  function adoptGeneratedState() {
    ids = new Map();
    typeOf = new Map();
    for (const typeName of Object.keys(schemaDef.documentTypeDefMap)) {
      const barrel = fs.readFileSync(path.join(typeDir(typeName), '_index.mjs'), 'utf8');
      const list = [];
      for (const file of barrelDocumentFiles(barrel)) {
        const doc = JSON.parse(fs.readFileSync(path.join(typeDir(typeName), file), 'utf8'));
        list.push(doc._id);
        typeOf.set(doc._id, typeName);
      }
      ids.set(typeName, list);
    }
  }

  /**
   * contentlayer2's whole generation: `npm run content:build` itself, in a child process. Run in
   * this one, the watcher held 1.7 GB after a first generation of 10,000 posts, and the 10th and
   * 11th of twelve saves after a first-ever start took 2.9 and 4.0 s (0.8 and 0.7 s with the
   * child). The child also reuses and refreshes the build's document cache (.next/cache/contentlayer):
   * the output is adopted as soon as it is complete, while the child still saves that cache.
   * `first` is a generation already started, with the scan of the content made before it.
   */
  let saving = Promise.resolve();
  async function fullGeneration(first) {
    // One child at a time: the last one may still be saving the build's cache.
    await saving;
    pending = new Set();
    let generation;
    if (first) ({ generation, seen } = first);
    else {
      seen = scanDocuments(contentDirPath);
      generation = startGeneration({ configPath, verbose, log, cwd: root });
    }
    saving = generation.closed.then((code) => {
      if (code !== 0 && complete) log(`Warning: the build's document cache (.next/cache/contentlayer) was not saved (exit ${code}); the next build makes every document again.`);
    });
    const count = await generation.generated;
    if (count === null) {
      complete = false;
      log('Error: contentlayer2 refused the content (above); it generates again on the next save.');
      return;
    }
    adoptGeneratedState();
    writeGenerationStamp(outDir);
    complete = true;
    log(`Generated ${count} documents in .contentlayer (${Date.now() - generation.started} ms)`);
  }

  /** contentlayer2's document for one file, or null after printing why it refused it. */
  async function makeDocument(relativeFilePath) {
    let item = null;
    const effect = pipe(
      makeCacheItem({ config, schemaDef, patterns, contentTypes, contentDirPath }, relativeFilePath),
      provideDocumentTypeMapState,
      These.effectTapSuccess((cacheItem) => T.succeedWith(() => (item = cacheItem))),
      These.effectTapErrorOrWarning((problem) =>
        FetchDataError.handleErrors({ errors: [problem], documentCount: 1, flags, options: config.source.options, schemaDef, verbose, contentDirPath }),
      ),
    );
    const result = await run(effect);
    if (!result.ok) {
      if (!core.isSourceFetchDataError(result.error) && result.error?._tag !== 'HandledFetchDataError') log(errorToString(result.error));
      log(`Error: ${relativeFilePath} was not generated (above); pages show its last version until it is fixed.`);
      return null;
    }
    return item?.document ?? null;
  }

  function writeCollectionIndex(typeName) {
    const jsons = ids.get(typeName).map((id) => fs.readFileSync(jsonFile(typeName, id), 'utf8'));
    writeAtomic(path.join(typeDir(typeName), '_index.json'), collectionJson(jsons));
  }

  /** The files changed since the last pass: those the watcher named, or all when it could not name one. */
  function changes() {
    const named = pending;
    pending = new Set();
    if (named.has(null)) {
      const now = scanDocuments(contentDirPath);
      const changed = [...now].filter(([rel, version]) => seen.get(rel) !== version).map(([rel]) => rel);
      const removed = [...seen.keys()].filter((rel) => !now.has(rel));
      seen = now;
      return { changed, removed };
    }
    const changed = [];
    const removed = [];
    for (const full of named) {
      const rel = path.relative(contentDirPath, full).split(path.sep).join('/');
      if (!isDocumentFile(rel) || rel.split('/').some((part) => part.startsWith('.'))) continue;
      const version = fileVersion(full);
      if (version === null) {
        if (seen.delete(rel)) removed.push(rel);
      } else if (seen.get(rel) !== version) {
        seen.set(rel, version);
        changed.push(rel);
      }
    }
    return { changed, removed };
  }

  /** Applies the files changed since the last pass. */
  async function incremental() {
    const started = Date.now();
    const { changed, removed } = changes();
    if (changed.length === 0 && removed.length === 0) return;
    const barrels = new Set();
    const indexes = new Set();
    // Deleted once no list names them any more.
    const obsolete = [];
    let written = 0;
    for (const rel of removed) {
      const typeName = typeOf.get(rel);
      if (!typeName) continue;
      typeOf.delete(rel);
      ids.set(typeName, ids.get(typeName).filter((id) => id !== rel));
      obsolete.push(jsonFile(typeName, rel));
      barrels.add(typeName);
      indexes.add(typeName);
    }
    for (const rel of changed) {
      const doc = await makeDocument(rel);
      if (!doc) continue;
      const typeName = doc[config.source.options.fieldOptions.typeFieldName];
      const before = typeOf.get(rel);
      if (before && before !== typeName) {
        ids.set(before, ids.get(before).filter((id) => id !== rel));
        obsolete.push(jsonFile(before, rel));
        barrels.add(before);
        indexes.add(before);
      }
      if (before !== typeName) {
        ids.get(typeName).push(rel);
        typeOf.set(rel, typeName);
        barrels.add(typeName);
      }
      const file = jsonFile(typeName, rel);
      const json = documentJson(doc);
      const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
      if (old === json) continue;
      writeAtomic(file, json);
      indexes.add(typeName);
      written++;
    }
    for (const typeName of barrels) writeAtomic(path.join(typeDir(typeName), '_index.mjs'), barrelSource(typeName, variableOf(typeName), ids.get(typeName)));
    for (const file of obsolete) fs.rmSync(file, { force: true });
    for (const typeName of indexes) {
      // The posts' list is 110 MB at 10,000 posts and nothing on the site reads it: written once the saves stop.
      if (typeName === 'Post') {
        clearTimeout(postsIndexTimer);
        postsIndexTimer = setTimeout(() => {
          writeCollectionIndex('Post');
          writeSummaryIndex(outDir);
        }, POSTS_INDEX_DELAY_MS);
      } else writeCollectionIndex(typeName);
    }
    if (written === 0 && barrels.size === 0) return;
    writeGenerationStamp(outDir);
    const count = [...ids.values()].reduce((n, list) => n + list.length, 0);
    log(`Generated ${count} documents in .contentlayer (${written} rewritten, ${removed.length} removed, ${Date.now() - started} ms)`);
  }

  // One pass at a time; changes during a pass make one more pass after it.
  let running = null;
  let again = false;
  let configChanged = false;
  async function pass() {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          if (configChanged) {
            configChanged = false;
            log('Contentlayer config change detected. Updating type definitions and data...');
            await loadConfig();
            await fullGeneration();
          } else if (complete) await incremental();
          else {
            const started = first;
            first = undefined;
            await fullGeneration(started);
            // A generation started before this process watched: a save between its scan and the
            // watch is found by comparing the folder with that scan.
            if (started && complete) {
              pending.add(null);
              again = true;
            }
          }
        } catch (error) {
          log(`Error: ${error.message}`);
        }
      } while (again);
      running = null;
    })();
    return running;
  }

  await loadConfig();
  let timer;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(pass, 30);
  };
  const content = watchTree(contentDirPath, (file) => {
    const stat = file === null ? null : fs.statSync(file, { throwIfNoEntry: false });
    // A folder (created, removed, renamed), or something gone that was no document: look at everything.
    const unnamed = file === null || stat?.isDirectory() || (!stat && !isDocumentFile(file));
    pending.add(unnamed ? null : file);
    soon();
  });
  const configFile = path.resolve(configPath ?? 'contentlayer.config.ts');
  const onConfig = () => {
    configChanged = true;
    soon();
  };
  // What contentlayer.config.ts bundles besides itself: the rules and the image step of the markdown.
  const sources = ['rules', 'media'].map((folder) => watchTree(path.join(path.dirname(configFile), 'lib', folder), onConfig));
  const configWatcher = fs.watch(path.dirname(configFile), (_event, name) => name === path.basename(configFile) && onConfig());
  // Watching before the first generation: a save during it is applied right after.
  await pass();
  return {
    /** Resolves once the changes seen so far are written. */
    settled: () => running ?? Promise.resolve(),
    close: () => {
      clearTimeout(timer);
      clearTimeout(postsIndexTimer);
      content.close();
      sources.forEach((s) => s.close());
      configWatcher.close();
    },
  };
}
