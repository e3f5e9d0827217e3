// Hashes the inline scripts of every prerendered page and writes the per-page CSP where each way
// of serving the site reads it (the policy itself is lib/security/headers.ts):
//   next build       -> each prerendered response's .meta (Next sends them itself, under next start)
//                        .next/server-headers.json                 (proxy.ts: the not-found page's CSP, the routes rendered per request)
//   NEXT_OUTPUT=export -> out/_headers                           (Netlify-style hosts)
//                        out/_nginx-maps.conf, out/_nginx-headers.conf   (deploy/nginx.conf includes them)
// Part of `npm run build`, after next build. Every page is first written in ASCII
// (lib/serving/ascii-pages.ts: next start converts a page's string to bytes on every request, and an
// ASCII string converts several times faster; the export gets the same pages), so the hashes are
// those of the pages as served.
import fs from 'node:fs';
import path from 'node:path';
import { isStaticExport } from '../lib/env';
import { asciiPagesManifest } from '../lib/security/csp-hashes';
import type { CspManifest } from '../lib/security/csp-manifest';
import { requestTimeRoutes, writeMetaHeaders } from '../lib/security/meta-headers';
import { SERVER_HEADERS_FILE, type ServerHeadersManifest } from '../lib/security/server-headers';
import { builtAppDir, builtFilesByExtension } from '../lib/serving/page-files';
import { netlifyHeaders, nginxAdminHeaders, nginxHeaders, nginxMaps } from '../lib/security/static-host';

const root = process.cwd();
const started = Date.now();
if (isStaticExport()) {
  const out = path.join(root, 'out');
  const manifest = asciiAndHashes(out);
  fs.writeFileSync(path.join(out, '_headers'), netlifyHeaders(manifest));
  fs.writeFileSync(path.join(out, '_nginx-maps.conf'), nginxMaps(manifest));
  fs.writeFileSync(path.join(out, '_nginx-headers.conf'), nginxHeaders());
  fs.writeFileSync(path.join(out, '_nginx-admin-headers.conf'), nginxAdminHeaders());
  report(manifest, 'out/_headers, out/_nginx-maps.conf, out/_nginx-headers.conf');
} else {
  const app = builtAppDir(root);
  // One walk of the folder for both lists, one read of each page for its ASCII form and its hashes.
  const files = builtFilesByExtension(app, ['.html', '.meta']);
  const manifest = asciiAndHashes(app, files['.html']);
  const { metas, written } = writeMetaHeaders(app, manifest, files['.meta']);
  const server: ServerHeadersManifest = { notFound: manifest.notFound, requestTimeRoutes: requestTimeRoutes(root) };
  fs.writeFileSync(path.join(root, SERVER_HEADERS_FILE), JSON.stringify(server));
  report(manifest, `${metas} .meta files (${written} written), ${SERVER_HEADERS_FILE}`);
}

/** Writes the pages in ASCII and hashes the inline scripts of each as written. */
function asciiAndHashes(dir: string, pages?: string[]): CspManifest {
  const { manifest, ascii } = asciiPagesManifest(dir, pages);
  const kept = ascii.left.length ? `; left as they are (no ASCII form means the same): ${ascii.left.join(', ')}` : '';
  console.log(`pages in ASCII: ${ascii.rewritten} of ${ascii.pages} rewritten${kept}`);
  return manifest;
}

function report(manifest: CspManifest, where: string) {
  const pages = Object.keys(manifest.pages).length;
  const hashes = new Set(Object.values(manifest.pages).flat()).size;
  console.log(`security headers: ${pages} pages, ${hashes} distinct inline-script hashes -> ${where} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
}
