// `node bench/content-profile.mjs <project copy> [--documents N]`: where contentlayer2's generation
// spends its CPU, per document. It runs what `content:build` runs on each core when there is no
// cache (scripts/content-prefill.mjs: contentlayer2's per-file step over a share of the posts,
// with the same Node flags) in one process over the first N posts of the copy's content/ (2,000 by
// default; each of two processes makes ~5,000 at 10,000 posts), with Node's --cpu-prof. The
// first generation is what `npm run dev` waits for before its first page (goal 1, README
// Performance). The copy: bench/work/<N> after `npm run bench`, or any folder made like it.
// Prints µs of CPU per document by what the stack was doing, and by package; writes
// bench/results/content-profile.json and keeps the profile as content.cpuprofile in the copy.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { summariseProfile } from './lib/profile.mjs';
import { CHILD_NODE_FLAGS } from '../scripts/content-prefill.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { documents: { type: 'string', default: '2000' } } });
if (positionals.length !== 1) {
  console.error('usage: node bench/content-profile.mjs <project copy with content/posts> [--documents N]');
  process.exit(2);
}
const dir = path.resolve(positionals[0]);
const postsDir = path.join(dir, 'content', 'posts');
if (!fs.existsSync(postsDir)) throw new Error(`${dir} has no content/posts: run npm run bench first, or point at a copy of the project with posts`);
const files = fs
  .readdirSync(postsDir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .slice(0, Number(values.documents))
  .map((f) => `posts/${f}`);

/** Inclusive: a stack counts in every bucket one of its frames falls in (bench/lib/profile.mjs). */
const inPackage = (name) => (f) => f.url.includes(`/node_modules/${name}/`);
const BUCKETS = [
  ["markdown to HTML (contentlayer2's unified pipeline)", (f) => f.url.endsWith('/@contentlayer2/core/dist/markdown/markdown.js')],
  ['  of which parsing the markdown (micromark, mdast, GFM)', inPackage('mdast-util-from-markdown')],
  ['  of which raw HTML through parse5 (rehype-raw)', inPackage('rehype-raw')],
  ['frontmatter (gray-matter, then yaml on its result)', (f) => ['gray-matter', 'js-yaml', 'yaml'].some((p) => inPackage(p)(f))],
  ["this site's contentlayer.config.ts (computed fields, rehype plugins)", (f) => f.url.includes('compiled-contentlayer-config')],
  ['loading modules (Node, tsx)', (f) => f.url.startsWith('node:internal/modules')],
  ['garbage collection', (f) => f.functionName === '(garbage collector)'],
  ['idle', (f) => f.functionName === '(idle)'],
];

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'content-profile-'));
const list = path.join(work, 'files.json');
fs.writeFileSync(list, JSON.stringify(files));
console.log(`contentlayer2's per-file step over ${files.length} posts of ${path.relative(root, dir) || dir}, one process, sampled`);
const started = Date.now();
const child = spawnSync(process.execPath, [...CHILD_NODE_FLAGS, '--cpu-prof', '--cpu-prof-dir', work, path.join(root, 'scripts', 'content-prefill.mjs'), list, path.join(work, 'items.json')], {
  cwd: dir,
  stdio: 'inherit',
});
const wallS = (Date.now() - started) / 1000;
if (child.status !== 0) throw new Error(`scripts/content-prefill.mjs exited with ${child.status ?? child.signal}`);
const made = Object.keys(JSON.parse(fs.readFileSync(path.join(work, 'items.json'), 'utf8'))).length;
const profileFile = fs.readdirSync(work).find((f) => f.endsWith('.cpuprofile'));
if (!profileFile) throw new Error('the process wrote no profile');
const kept = path.join(dir, 'content.cpuprofile');
fs.copyFileSync(path.join(work, profileFile), kept);
fs.rmSync(work, { recursive: true, force: true });

const summary = summariseProfile(kept, { dir, requests: made, buckets: BUCKETS });
const result = {
  date: new Date().toISOString(),
  machine: { cores: os.availableParallelism(), cpu: os.cpus()[0]?.model },
  documents: made,
  wallS,
  busyUsPerDocument: summary.busyUsPerRequest,
  usPerDocument: summary.usPerRequest,
  topPackages: summary.topPackages.map(({ package: name, usPerRequest, share }) => ({ package: name, usPerDocument: usPerRequest, share })),
  topSelf: summary.topSelf.map(({ fn, usPerRequest, share }) => ({ fn, usPerDocument: usPerRequest, share })),
};
fs.writeFileSync(path.join(root, 'bench', 'results', 'content-profile.json'), `${JSON.stringify(result, null, 2)}\n`);

const ms = (us) => `${(us / 1000).toFixed(2)} ms`;
const share = (us) => `${Math.round((100 * us) / summary.busyUsPerRequest)} %`;
console.log(`${made} documents made in ${wallS.toFixed(1)} s; CPU per document: ${ms(summary.busyUsPerRequest)} (idle left out)`);
for (const [name, us] of Object.entries(summary.usPerRequest)) if (name !== 'idle') console.log(`  ${name}: ${ms(us)}, ${share(us)}`);
console.log('By package (self time):');
for (const p of summary.topPackages) console.log(`  ${p.package}: ${ms(p.usPerRequest)}, ${p.share} %`);
console.log(`Profile: ${path.relative(root, kept)} (open it in Chromium's DevTools); figures: bench/results/content-profile.json`);
