// `npm run build:static`: the whole site as static files in out/, for nginx or any CDN.
// Runs the project's normal `npm run build` with NEXT_OUTPUT=export, so every step of the build
// (the search index included) lands in out/.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { tsImport } from 'tsx/esm/api';

const root = process.cwd();
const out = path.join(root, 'out');
const env = { ...process.env, NEXT_OUTPUT: 'export' };

fs.rmSync(out, { recursive: true, force: true });
execSync('npm run build', { stdio: 'inherit', env });

// Lists short of two pages export one placeholder "/page/1" (lib/content/routes.ts): drop them,
// so /…/page/1 is a 404 here as it is under `next start`.
for (const file of fs.readdirSync(out, { recursive: true }).map(String)) {
  if (/(^|\/)page\/1(\.html|\.txt)?$/.test(file)) fs.rmSync(path.join(out, file), { recursive: true, force: true });
}
// The security headers the build wrote listed those placeholders: write them again without.
execSync('npm run security:headers --silent', { stdio: 'inherit', env });

// The old site's addresses, from the content just built: out/_redirects for Netlify-style hosts,
// out/_nginx-legacy.conf for deploy/nginx.conf (lib/legacy/redirects.ts).
const { legacyTable, netlifyRedirects, nginxLegacyMap } = await tsImport('../lib/legacy/redirects.ts', import.meta.url);
const legacy = legacyTable();
fs.writeFileSync(path.join(out, '_redirects'), netlifyRedirects(legacy.redirects));
fs.writeFileSync(path.join(out, '_nginx-legacy.conf'), nginxLegacyMap(legacy.redirects));
for (const conflict of legacy.conflicts) console.warn(`build:static: old address left out: ${conflict}`);
console.log(`build:static: ${legacy.redirects.size} old addresses redirect to their pages (out/_redirects, out/_nginx-legacy.conf).`);

// `npm run build` ended with the search index, written into out/pagefind under NEXT_OUTPUT=export.
if (!fs.existsSync(path.join(out, 'pagefind', 'pagefind.js'))) {
  console.error('build:static: out/pagefind is missing; the search index was not built.');
  process.exit(1);
}

// Precompressed copies for nginx's gzip_static: it then sends these bytes instead of compressing
// every response again (with on-the-fly gzip, compression is what limits nginx's throughput).
const COMPRESSIBLE = /\.(html|txt|js|css|xml|json|svg|webmanifest)$/;
let compressed = 0;
for (const file of fs.readdirSync(out, { recursive: true }).map(String)) {
  if (!COMPRESSIBLE.test(file)) continue;
  const full = path.join(out, file);
  const body = fs.readFileSync(full);
  if (body.length < 256) continue;
  fs.writeFileSync(`${full}.gz`, zlib.gzipSync(body, { level: 9 }));
  compressed++;
}

for (const required of ['index.html', '404.html']) {
  if (!fs.existsSync(path.join(out, required))) {
    console.error(`build:static: out/${required} is missing; the export is incomplete.`);
    process.exit(1);
  }
}
const html = fs.readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
console.log(`build:static: out/ holds ${html} HTML pages (${compressed} files also gzipped for nginx). Serve it with deploy/nginx.conf (npm run serve:static tries it locally).`);
