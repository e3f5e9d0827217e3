// Hashes the inline scripts of every prerendered page and writes the per-page CSP where each way
// of serving the site reads it (the policy itself is lib/security/headers.ts):
//   next build       -> each prerendered response's .meta (Next sends them itself, under next start)
//                        .next/server-headers.json                 (proxy.ts: the not-found page's CSP, the routes rendered per request)
//   NEXT_OUTPUT=export -> out/_headers                           (Netlify-style hosts)
//                        out/_nginx-maps.conf, out/_nginx-headers.conf   (deploy/nginx.conf includes them)
// Part of `npm run build`, after next build. Every page is first written in ASCII
// (lib/serving/ascii-pages.ts: next start converts a page's string to bytes on every request, and an
// ASCII string converts several times faster; the export gets the same pages), so the hashes are
// those of the pages as served. With --search-index (as `npm run build` runs it), the same pass
// builds the search index too (scripts/search-index.mjs, `npm run search:index` alone).
import fs from 'node:fs';
import path from 'node:path';
import { isStaticExport } from '../lib/env';
import { asciiPagesManifest, cspManifestCollector } from '../lib/security/csp-hashes';
import type { CspManifest } from '../lib/security/csp-manifest';
import { requestTimeRoutes, writeMetaHeaders } from '../lib/security/meta-headers';
import { SERVER_HEADERS_FILE, type ServerHeadersManifest } from '../lib/security/server-headers';
import { asciiPage, type AsciiPass } from '../lib/serving/ascii-pages';
import { builtAppDir, builtFilesByExtension, htmlFiles } from '../lib/serving/page-files';
import { netlifyHeaders, nginxAdminHeaders, nginxHeaders, nginxMaps } from '../lib/security/static-host';
import { openSearchIndex } from './search-index.mjs';

const root = process.cwd();
const started = Date.now();
// --search-index (npm run build): the same pass also builds the search index (`npm run search:index`).
const withSearchIndex = process.argv.includes('--search-index');
if (isStaticExport()) {
  const out = path.join(root, 'out');
  const { manifest, searchIndex } = await asciiAndHashes(out, htmlFiles(out), path.join(out, 'pagefind'));
  fs.writeFileSync(path.join(out, '_headers'), netlifyHeaders(manifest));
  fs.writeFileSync(path.join(out, '_nginx-maps.conf'), nginxMaps(manifest));
  fs.writeFileSync(path.join(out, '_nginx-headers.conf'), nginxHeaders());
  fs.writeFileSync(path.join(out, '_nginx-admin-headers.conf'), nginxAdminHeaders());
  report(manifest, 'out/_headers, out/_nginx-maps.conf, out/_nginx-headers.conf');
  await searchIndex;
} else {
  const app = builtAppDir(root);
  // One walk of the folder for both lists, one read of each page for its ASCII form and its hashes.
  const files = builtFilesByExtension(app, ['.html', '.meta']);
  const { manifest, searchIndex } = await asciiAndHashes(app, files['.html'], path.join(root, 'public', 'pagefind'));
  const { metas, written } = writeMetaHeaders(app, manifest, files['.meta']);
  const server: ServerHeadersManifest = { notFound: manifest.notFound, requestTimeRoutes: requestTimeRoutes(root) };
  fs.writeFileSync(path.join(root, SERVER_HEADERS_FILE), JSON.stringify(server));
  report(manifest, `${metas} .meta files (${written} written), ${SERVER_HEADERS_FILE}`);
  await searchIndex;
}

/**
 * Writes the pages in ASCII and hashes the inline scripts of each as written; with --search-index,
 * indexes them too: `searchIndex` settles once Pagefind has written its bundle, which it does while
 * this process writes the headers.
 */
async function asciiAndHashes(dir: string, pages: string[], searchOutput: string): Promise<{ manifest: CspManifest; searchIndex: Promise<void> | null }> {
  const { manifest, ascii, searchIndex } = withSearchIndex ? await withIndex(dir, pages, searchOutput) : { ...asciiPagesManifest(dir, pages), searchIndex: null };
  const kept = ascii.left.length ? `; left as they are (no ASCII form means the same): ${ascii.left.join(', ')}` : '';
  console.log(`pages in ASCII: ${ascii.rewritten} of ${ascii.pages} rewritten${kept}`);
  return { manifest, searchIndex };
}

/**
 * One read of each page for both steps: Pagefind gets it as next build wrote it (its text differs
 * for a page in ASCII) and indexes it in its own process while this one writes it in ASCII and
 * hashes it, so the two steps share the two cores instead of running one after the other.
 */
async function withIndex(dir: string, pages: string[], searchOutput: string): Promise<{ manifest: CspManifest; ascii: AsciiPass; searchIndex: Promise<void> }> {
  const indexStarted = Date.now();
  const ascii: AsciiPass = { pages: 0, rewritten: 0, left: [] };
  const collector = cspManifestCollector(dir);
  const search = await openSearchIndex(dir, searchOutput);
  let manifest: CspManifest;
  try {
    for (const file of pages) {
      const html = fs.readFileSync(path.join(dir, file), 'utf8');
      await search.offer(file, html);
      collector.add(file, asciiPage(dir, file, html, ascii));
    }
    manifest = collector.done();
  } catch (error) {
    await search.abandon();
    throw error;
  }
  // Pagefind finishes the pages in flight and writes its bundle, in its own process, while this one goes on.
  const searchIndex = search.finish().then((indexed) =>
    console.log(
      `search index: ${indexed.pages} pages from ${path.relative(root, dir)} -> ${path.relative(root, searchOutput)} (${indexed.files} files, ` +
        `${(indexed.bytes / 1024).toFixed(0)} KB, ${((Date.now() - indexStarted) / 1000).toFixed(1)}s, beside the security headers)`,
    ),
  );
  return { manifest, ascii, searchIndex };
}

function report(manifest: CspManifest, where: string) {
  const pages = Object.keys(manifest.pages).length;
  const hashes = new Set(Object.values(manifest.pages).flat()).size;
  console.log(`security headers: ${pages} pages, ${hashes} distinct inline-script hashes -> ${where} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
}
