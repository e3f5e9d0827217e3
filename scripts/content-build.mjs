// `npm run content:build`: contentlayer2's own build pipeline (load the config, generate
// .contentlayer/generated), run without its CLI. The CLI turns on effect-ts fiber tracing, and then
// every fork copies a trace buffer that grows with the number of documents: the build was
// quadratic (8,000 posts: half of 271 CPU seconds spent copying traces). Same output, linear.
// `--watch` (what `npm run dev` runs): the same generation, then one document per save
// (scripts/content-watch.mjs).
// `--early-cards` (what `npm run build` runs): the posts' social cards are drawn from their
// frontmatter beside the generation (scripts/cards-build.ts --from-frontmatter), at the lowest CPU
// priority, so that they take only the CPU the generation leaves idle (below 2,000 posts it makes
// the documents in one process), and stopped once it is done; the cards step beside next build finds
// them in the card cache.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

// contentlayer2 takes its working directory from PWD, which npm sets to where npm was started:
// a build started by `npm run` from another folder would read that folder's config and content.
process.env.PWD = process.cwd();

// Stopped by a signal, it exits, so that the processes it started are stopped with it ('exit' handlers).
for (const [signal, number] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]]) process.once(signal, () => process.exit(128 + number));

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const configPath = args.includes('--config') ? args[args.indexOf('--config') + 1] : undefined;

if (args.includes('--watch')) {
  // The first whole generation starts at once, in its own process: the watcher then loads
  // contentlayer2 and the config (~3 s on one core) while it runs, not before it.
  const { contentDir } = await tsImport('../lib/env.ts', import.meta.url);
  const { scanDocuments } = await tsImport('../lib/content/files.ts', import.meta.url);
  const { startGeneration } = await import('./content-generation.mjs');
  const seen = scanDocuments(path.resolve(contentDir()));
  const generation = startGeneration({ configPath, verbose });
  const { watchGeneration } = await import('./content-watch.mjs');
  await watchGeneration({ configPath, verbose, first: { generation, seen } });
} else {
  const earlyCards = args.includes('--early-cards') ? await startEarlyCards() : null;
  const { writeGenerationStamp } = await tsImport('../lib/content/generation.ts', import.meta.url);
  const { writeSummaryIndex } = await tsImport('../lib/content/source.ts', import.meta.url);
  const { restoreContentlayerCache, saveContentlayerCache } = await tsImport('../lib/content/build-cache.ts', import.meta.url);
  const { buildCacheDir, contentDir } = await tsImport('../lib/env.ts', import.meta.url);
  // contentlayer2 writes below the working directory (the unit tests build fixtures in folders of their own).
  const cwd = process.cwd();
  const generated = path.join(cwd, '.contentlayer', 'generated');
  const folders = {
    artifactsCache: path.join(cwd, '.contentlayer', '.cache'),
    buildCache: path.resolve(buildCacheDir(), 'contentlayer'),
    contentDir: path.resolve(contentDir()),
    publicDir: path.join(cwd, 'public'),
  };
  const restored = restoreContentlayerCache(folders);
  if (restored.restored + restored.dropped > 0) console.log(`contentlayer2's cache from ${path.relative(cwd, folders.buildCache)}: ${restored.restored} documents reused, ${restored.dropped} changed`);
  // contentlayer2 makes the documents its cache lacks on one core: made first on every core,
  // starting before contentlayer2 is loaded here when there is no cache to look at.
  const { SPLIT_LINES, prefillDocumentCache, startPrefillWithoutCache } = await import('./content-prefill.mjs');
  const started = Date.now();
  const early = startPrefillWithoutCache({ artifactsCache: folders.artifactsCache, contentDir: folders.contentDir, configPath });
  const core = await import('contentlayer2/core');
  const { pipe, T } = await import('@contentlayer2/utils/effect');
  const { configWithCache, loadSource, wholeCache } = await import('./contentlayer-source.mjs');
  let source;
  try {
    source = await loadSource({ configPath });
  } catch (error) {
    early.started?.stop();
    console.error(error.message);
    process.exit(1);
  }
  // With a cache that holds every document as contentlayer2 would reuse it, its generation is handed
  // that cache instead of reading the 118 MB file back, checking each file against it and writing
  // it again (10,000 posts: ~4 s); the file is written once the output is. Else the cache file is
  // written first and the generation reads it and the content as it always does.
  let whole = null;
  let saveCache = () => {};
  try {
    const split = early.started || early.later;
    const prefilled = split ? await prefillDocumentCache({ source, configPath, started: early.started }) : null;
    if (prefilled?.made != null) console.log(SPLIT_LINES.made(prefilled.made, Date.now() - started));
    // A listing that fails here leaves the cache to the usual way: written first, read by the generation.
    whole = prefilled && (await wholeCache(source, prefilled.cache).catch(() => null));
    // Written as contentlayer2 writes it after a generation: the documents of the files there are now.
    if (whole) {
      saveCache = () => prefilled.save(whole);
      console.log(SPLIT_LINES.inMemory(Object.keys(whole.cacheItemsMap).length));
    } else prefilled?.save(prefilled.cache);
  } catch (error) {
    // Only sooner, never needed: contentlayer2's generation below makes whatever is missing.
    console.log(SPLIT_LINES.failed(error.message));
  }
  const build = pipe(
    core.generateDotpkg({ config: whole ? configWithCache(source.config, whole) : source.config, verbose }),
    T.tap(() =>
      T.succeedWith(() => {
        writeSummaryIndex(generated);
        writeGenerationStamp(generated);
      }),
    ),
    // "Generated N documents": the output is complete. npm run dev starts next dev on this line; the
    // caches below (10,000 posts: ~3 s) are saved while it starts.
    T.tap(core.logGenerateInfo),
    T.tap(() =>
      T.succeedWith(() => {
        saveCache();
        saveContentlayerCache(folders);
      }),
    ),
  );
  await pipe(build, core.runMain({ tracingServiceName: 'contentlayer-cli', verbose }));
  await earlyCards?.stop();
}

/**
 * Starts scripts/cards-build.ts --from-frontmatter at the lowest CPU priority. `stop()` asks it to
 * stop after the card it is drawing (SIGTERM) and resolves when it has; this process's exit asks
 * the same, without waiting.
 */
async function startEarlyCards() {
  const { lowerPriority } = await tsImport('../lib/dev/processes.ts', import.meta.url);
  const { buildCacheDir, contentDir } = await tsImport('../lib/env.ts', import.meta.url);
  // Run from the project, whose drawing code keys the card cache, with this build's folders.
  const root = fileURLToPath(new URL('..', import.meta.url));
  const env = { ...process.env, CONTENT_DIR: path.resolve(contentDir()), BUILD_CACHE_DIR: path.resolve(buildCacheDir()) };
  const script = path.join(root, 'scripts', 'cards-build.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, '--from-frontmatter'], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // A failed generation exits at once: the cards process still ends after its card, whole.
  const kill = () => child.kill('SIGTERM');
  process.once('exit', kill);
  try {
    lowerPriority(child.pid);
  } catch (error) {
    // At normal priority it would compete with the generation for the cores: not worth it.
    console.log(`social cards are not drawn beside the content build (${error.message}).`);
    child.kill('SIGKILL');
  }
  return {
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      process.off('exit', kill);
    },
  };
}
