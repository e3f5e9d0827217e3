// Writes Decap CMS's /admin into public/admin/ (git-ignored): the page, config.json generated from
// contentlayer.config.ts and lib/site.ts, cms.js (lib/authoring/cms-admin.ts, bundled) and Decap's
// prebuilt bundle copied from node_modules, so nothing is fetched from a CDN.
// `node scripts/cms-admin.mjs` for a build (GitHub backend); `--dev` adds the local backend (decap-server).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'public', 'admin');
const decapDist = path.join(root, 'node_modules', 'decap-cms', 'dist');

const load = (file) => tsImport(pathToFileURL(path.join(root, file)).href, import.meta.url);

/** Writes public/admin/config.json for the content as it is now; returns the categories it offers. */
export async function writeCmsConfig({ dev = false } = {}) {
  const [{ Post, Author }, cms, env, { site }] = await Promise.all([
    load('contentlayer.config.ts'),
    load('lib/authoring/cms-config.ts'),
    load('lib/env.ts'),
    load('lib/site.ts'),
  ]);
  const contentFolder = cms.contentFolderFor(root, env.contentDir());
  const categories = cms.knownCategories(path.join(root, contentFolder, 'posts'));
  const config = cms.cmsConfig({
    post: Post,
    author: Author,
    categories,
    contentFolder,
    localBackend: dev,
    backend: { repo: site.cms.repo, branch: site.cms.branch, authUrl: env.cmsAuthUrl() },
  });
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, 'config.json');
  const text = `${JSON.stringify(config, null, 2)}\n`;
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) fs.writeFileSync(file, text);
  return categories;
}

/** Copies a file unless the copy is already the same size and age. */
function copyIfChanged(from, to) {
  const a = fs.statSync(from);
  const b = fs.existsSync(to) ? fs.statSync(to) : null;
  if (b && b.size === a.size && b.mtimeMs >= a.mtimeMs) return;
  fs.copyFileSync(from, to);
}

/** Writes everything /admin serves: page, config, cms.js and Decap's bundle with its lazy chunks. */
export async function writeAdmin({ dev = false } = {}) {
  fs.mkdirSync(outDir, { recursive: true });
  const { adminPage } = await load('lib/authoring/cms-config.ts');
  fs.writeFileSync(path.join(outDir, 'index.html'), adminPage());
  // decap-cms.js loads its chunks (`<n>.decap-cms.js`) from beside itself; the source maps stay behind.
  for (const name of fs.readdirSync(decapDist)) {
    if (name === 'decap-cms.js' || /^\d+\.decap-cms\.js$/.test(name)) copyIfChanged(path.join(decapDist, name), path.join(outDir, name));
  }
  const { build } = await import('esbuild');
  await build({
    entryPoints: [path.join(root, 'lib', 'authoring', 'cms-admin.ts')],
    outfile: path.join(outDir, 'cms.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: !dev,
    legalComments: 'none',
    // lib/env.ts reads process.env; in the browser every variable is unset, so lib/site.ts's defaults apply.
    define: { 'process.env': '{}' },
    logLevel: 'warning',
  });
  await writeCmsConfig({ dev });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dev = process.argv.includes('--dev');
  try {
    await writeAdmin({ dev });
    console.log(`cms: public/admin/ written (${dev ? 'local backend on decap-server' : `GitHub backend`})`);
  } catch (error) {
    // A build of content kept outside the project (a benchmark's, say) has no CMS; it is still a site.
    if (!/must be a folder inside the project/.test(error.message)) throw error;
    fs.rmSync(outDir, { recursive: true, force: true });
    console.warn(`cms: /admin not written: ${error.message}`);
  }
}
