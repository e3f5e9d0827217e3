// Hashes the inline scripts of every prerendered page and writes the per-page CSP where each way
// of serving the site reads it (the policy itself is lib/security/headers.ts):
//   next build       -> .next/csp-manifest.json                  (proxy.ts, under next start)
//   NEXT_OUTPUT=export -> out/_headers                           (Netlify-style hosts)
//                        out/_nginx-maps.conf, out/_nginx-headers.conf   (deploy/nginx.conf includes them)
// Part of `npm run build`, after next build.
import fs from 'node:fs';
import path from 'node:path';
import { isStaticExport } from '../lib/env';
import { cspManifest } from '../lib/security/csp-hashes';
import { CSP_MANIFEST_FILE } from '../lib/security/csp-manifest';
import { netlifyHeaders, nginxAdminHeaders, nginxHeaders, nginxMaps } from '../lib/security/static-host';

const root = process.cwd();
const started = Date.now();
if (isStaticExport()) {
  const out = path.join(root, 'out');
  const manifest = cspManifest(out);
  fs.writeFileSync(path.join(out, '_headers'), netlifyHeaders(manifest));
  fs.writeFileSync(path.join(out, '_nginx-maps.conf'), nginxMaps(manifest));
  fs.writeFileSync(path.join(out, '_nginx-headers.conf'), nginxHeaders());
  fs.writeFileSync(path.join(out, '_nginx-admin-headers.conf'), nginxAdminHeaders());
  report(manifest, 'out/_headers, out/_nginx-maps.conf, out/_nginx-headers.conf');
} else {
  const manifest = cspManifest(path.join(root, '.next', 'server', 'app'));
  fs.writeFileSync(path.join(root, CSP_MANIFEST_FILE), JSON.stringify(manifest));
  report(manifest, CSP_MANIFEST_FILE);
}

function report(manifest: { pages: Record<string, string[]> }, where: string) {
  const pages = Object.keys(manifest.pages).length;
  const hashes = new Set(Object.values(manifest.pages).flat()).size;
  console.log(`security headers: ${pages} pages, ${hashes} distinct inline-script hashes -> ${where} (${((Date.now() - started) / 1000).toFixed(1)}s)`);
}
