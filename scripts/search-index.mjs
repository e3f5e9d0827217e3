// Builds the Pagefind search index from a built site:
//   node scripts/search-index.mjs <site-dir> <output-dir>
//   after next build:     node scripts/search-index.mjs .next/server/app public/pagefind (npm run search:index)
//   static export (out/): node scripts/search-index.mjs out out/pagefind
// Only pages carrying data-pagefind-body (the article of a listed post) are indexed. `npm run build`
// does the same in the pass of scripts/security-headers.ts --search-index (openSearchIndex), on the
// pages before that pass writes them in ASCII, as this must run: Pagefind splits an ASCII page's text
// differently.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { tsImport } from 'tsx/esm/api';

const { withoutScripts } = await tsImport('../lib/serving/inline-scripts.ts', import.meta.url);
// The built pages and the URL each answers, as the rest of the build names them.
const { htmlFiles, pagePath } = await tsImport('../lib/serving/page-files.ts', import.meta.url);

/** Pagefind bundle files the site loads; the default UI bundles are dropped. */
const KEEP = /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|pagefind\..+\.pf_meta|wasm\..+\.pagefind|index|fragment)$/;

/** An opening tag carrying the attribute; text content cannot hold a raw "<", so prose never matches. */
const BODY_ATTRIBUTE = /<[a-z][^<>]*\sdata-pagefind-body(?=[\s=>/])/i;

/** True when the page asks to be indexed (an element with data-pagefind-body). */
export function isSearchable(html) {
  return BODY_ATTRIBUTE.test(html);
}

/**
 * Pages sent to Pagefind before the first answer is awaited. Its service reads them in order, so the
 * bundle is byte-identical to one page at a time, and the pipe between the two processes never
 * sits idle: 995 pages of the 1,000-post bench indexed in 2.0-2.1 s instead of 2.8-3.4 s.
 */
const IN_FLIGHT = 16;

function failOn(errors, step) {
  if (errors.length > 0) throw new Error(`Pagefind failed to ${step}:\n  ${errors.join('\n  ')}`);
}

function sizeOf(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/**
 * A Pagefind index being filled, to be written into outputDir: `offer` each built page (relative to
 * siteDir, with its HTML as next build wrote it: Pagefind's text differs for a page already in
 * ASCII, lib/serving/ascii-pages.ts), then `finish`. Pagefind indexes in its own process: up to
 * IN_FLIGHT pages are sent before an answer is awaited, so a caller that works on each page after
 * offering it (scripts/security-headers.ts --search-index) shares the two cores with it.
 */
export async function openSearchIndex(siteDir, outputDir) {
  const output = path.resolve(outputDir);
  const { index, errors } = await pagefind.createIndex({});
  failOn(errors, 'start');
  if (!index) throw new Error('Pagefind returned no index.');
  let pages = 0;
  // Each answer: null, or what went wrong with that file (an exception too, so none is left unhandled).
  const inFlight = [];
  const settle = (problem) => failOn(problem ? [problem] : [], 'index a page');
  return {
    /** Hands the page to Pagefind when it asks to be indexed; resolves once fewer than IN_FLIGHT pages are waiting. */
    async offer(relativeFile, html) {
      const file = path.resolve(siteDir, relativeFile);
      // The bundle's own folder may sit inside the site (out/pagefind): nothing in it is a page.
      if (file.startsWith(output + path.sep) || !isSearchable(html)) return;
      const url = pagePath(relativeFile);
      if (url === null) return;
      // Without its scripts, which Pagefind does not index: the same bundle, byte for byte, from
      // less than half the bytes (9,950 pages at 10,000 posts, three alternated pairs: 24.2-26.3 s against 26.4-29.8 s).
      inFlight.push(
        index.addHTMLFile({ url, content: withoutScripts(html) }).then(
          (added) => (added.errors.length > 0 ? `${file}: ${added.errors.join('; ')}` : null),
          (error) => `${file}: ${error instanceof Error ? error.message : error}`,
        ),
      );
      pages += 1;
      if (inFlight.length >= IN_FLIGHT) settle(await inFlight.shift());
    },
    /**
     * Writes the bundle (outputDir emptied first) and ends Pagefind; the page count and the bundle's
     * size on disk. The request to write goes out before this first waits, so Pagefind finishes
     * the pages and writes the bundle while its caller goes on (the .meta files, security-headers.ts).
     */
    async finish() {
      try {
        if (pages === 0) {
          throw new Error(
            `No page under ${siteDir} carries data-pagefind-body, so the search index would be empty. ` +
              'Is it the built site? Listed posts get the attribute in components/post/article-view.tsx.',
          );
        }
        fs.rmSync(output, { recursive: true, force: true });
        // Pagefind answers in order: the pages still in flight are indexed before it writes.
        const writing = index.writeFiles({ outputPath: output });
        try {
          for (const problem of await Promise.all(inFlight.splice(0))) settle(problem);
        } catch (error) {
          // No bundle that lacks a page that failed.
          await writing.catch(() => {});
          fs.rmSync(output, { recursive: true, force: true });
          throw error;
        }
        failOn((await writing).errors, `write ${outputDir}`);
      } finally {
        await pagefind.close();
      }
      for (const name of fs.readdirSync(output)) {
        if (!KEEP.test(name)) fs.rmSync(path.join(output, name), { recursive: true });
      }
      return { pages, ...sizeOf(output) };
    },
    /** Ends Pagefind without writing anything (the caller failed). */
    abandon: () => pagefind.close(),
  };
}

/**
 * Indexes every searchable page under siteDir into outputDir (emptied first).
 * Returns the page count and the bundle's size on disk.
 */
export async function buildSearchIndex(siteDir, outputDir) {
  const site = path.resolve(siteDir);
  const output = path.resolve(outputDir);
  if (!fs.existsSync(site) || !fs.statSync(site).isDirectory()) {
    throw new Error(`${siteDir} is not a directory. Build the site first (npm run build), then index its HTML.`);
  }
  const search = await openSearchIndex(site, output);
  try {
    for (const file of htmlFiles(site)) await search.offer(file, fs.readFileSync(path.join(site, file), 'utf8'));
  } catch (error) {
    await search.abandon();
    throw error;
  }
  return search.finish();
}

/** Where `npm run build` just wrote the pages: out/ for a static export, else next build's HTML. */
async function afterBuildDirs() {
  const { isStaticExport } = await tsImport('../lib/env.ts', import.meta.url);
  return isStaticExport() ? ['out', 'out/pagefind'] : ['.next/server/app', 'public/pagefind'];
}

async function main() {
  const args = process.argv.slice(2);
  const [siteDir, outputDir] = args[0] === '--after-build' ? await afterBuildDirs() : args;
  if (!siteDir || !outputDir) {
    console.error('Usage: node scripts/search-index.mjs <site-dir> <output-dir>   e.g. out out/pagefind\n   or: node scripts/search-index.mjs --after-build   (the folders npm run build just wrote)');
    process.exit(2);
  }
  const started = Date.now();
  const { pages, files, bytes } = await buildSearchIndex(siteDir, outputDir);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`search index: ${pages} pages from ${siteDir} -> ${outputDir} (${files} files, ${(bytes / 1024).toFixed(0)} KB, ${seconds}s)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(`search index: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
