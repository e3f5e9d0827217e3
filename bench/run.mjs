#!/usr/bin/env node
// npm run bench -- --posts N: builds a synthetic archive of N posts in a copy of the project and
// measures build, page weight, load and Lighthouse, and the same of a bare Next.js + contentlayer2
// blog over the same archive (bench/bare-blog/), every figure also as a ratio to the bare blog's.
// Writes bench/results/<N>.json, prints a table.
// See the README's "Performance" section for what each figure means. Options: --posts N (1000),
// --no-serve, --no-export, --no-lighthouse, --lighthouse-runs N (5), --load-seconds S (10),
// --load-rounds N (3: the article's load on the site and the bare blog, alternated, medians kept),
// --port P (3341; uses P..P+4), --reuse-build (serve the last build of this size again),
// --connections N (64: wrk's connections for the load figures), --no-bare (no bare blog: no ratios),
// --soak-seconds S (300: next start under 64 connections over a mix of URLs, RSS every 10 s), --no-soak,
// --no-images (skip timing image variants: one distinct photo per 100 posts),
// --no-warm (skip the warm rebuilds: one post's body changed, then a new post published; only .next/cache kept),
// --dev [--dev-saves N] (the editor's loop under npm run dev: first page, then N saves, default 12),
// --dev-cold (the same, started as on a fresh clone: contentlayer2's output and caches removed
// first; its figures go to devCold in the result file),
// --profile (next start's CPU per request on the article, site and bare blog, by what it was doing).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeArchive } from './lib/archive.mjs';
import { measured } from './lib/measure.mjs';
import { runScriptSteps, summariseBuild, typicalArticle } from './lib/build.mjs';
import { dirBytes, prepareBareBlog, prepareBaseline } from './lib/workspace.mjs';
import { prepareWorkspace } from '../scripts/project-copy.mjs';
import { fetchRetry, lighthouse, load, pageWeight, startServer, waitFor } from './lib/web.mjs';
import { nextStartArgs, startPreload } from '../scripts/next-start.mjs';
import { startNginx } from '../scripts/nginx.mjs';
import { findChromium } from '../scripts/chromium.mjs';
import { markdownTable } from './lib/report.mjs';
import { PAGE_KINDS, bareRatios } from './lib/ratios.mjs';
import { imageStage } from './lib/images.mjs';
import { runSoak } from './lib/soak.mjs';
import { editBody, freshCheckoutWithCache, outputChanges, outputHashes, pagesNaming, publishedPost, unexpectedChanges } from './lib/warm.mjs';
import { devLoop } from './lib/dev-loop.mjs';
import { devPhasesLine } from './lib/dev-phases.mjs';
import { summariseProfile } from './lib/profile.mjs';
import { flag, option } from './lib/args.mjs';
import { loadRounds } from './lib/load-rounds.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const posts = Number(option('posts', '1000'));
if (!Number.isInteger(posts) || posts < 10) {
  console.error('--posts must be a whole number of at least 10, e.g. npm run bench -- --posts 1000');
  process.exit(1);
}
const PORT = Number(option('port', process.env.BENCH_PORT ?? '3341'));
const ports = { next: PORT, nginx: PORT + 1, baseline: PORT + 2, baselineNginx: PORT + 3, bare: PORT + 4 };
const skip = { export: flag('no-export'), serve: flag('no-serve'), lighthouse: flag('no-lighthouse'), soak: flag('no-soak'), images: flag('no-images'), bare: flag('no-bare'), warm: flag('no-warm') };
// --dev: the editor's loop under npm run dev (first page, then save → page updated), after everything else.
const devCold = flag('dev-cold');
const devLoopSaves = flag('dev') || devCold ? Number(option('dev-saves', '12')) : 0;
const soakSeconds = Number(option('soak-seconds', '300'));
// --reuse-build: measure serving (and export) again on the last build of this size, keeping its build figures.
const reuseBuild = flag('reuse-build');
const loadSeconds = Number(option('load-seconds', '10'));
// The article's load on the site and the bare blog, in this many alternated rounds (bench/lib/load-rounds.mjs).
const loadRoundsN = Number(option('load-rounds', '3'));
// The issue's figure: an article under 64 connections.
const connections = Number(option('connections', '64'));
const lighthouseRuns = Number(option('lighthouse-runs', '5'));

const work = path.join(ROOT, 'bench', 'work', String(posts));
const resultFile = path.join(ROOT, 'bench', 'results', `${posts}.json`);
const baseDir = path.join(ROOT, 'bench', 'work', 'baseline');
const bareDir = path.join(ROOT, 'bench', 'work', `bare-${posts}`);
const started = Date.now();
const step = (text) => console.log(`\n▶ [${((Date.now() - started) / 1000).toFixed(0)} s] ${text}`);

// Node's default heap limit, always: the point is that the build fits without raising it.
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: `http://127.0.0.1:${ports.next}` };
delete env.NODE_OPTIONS;

const result = {
  posts,
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100) },
  archive: null,
  build: null,
  staticExport: null,
  pages: {},
  load: {},
  lighthouse: {},
  // The bare blog's figures, in the site's shape: { build, pages, load: { nextStart }, lighthouse }.
  bare: null,
  ratios: null,
};

const round = (v) => Math.round(v * 10) / 10;

/** ", server CPU N µs a request (every thread)" when the load measured it. */
const cpuNote = (l) => (l.serverCpuUsPerRequest ? `, server CPU ${l.serverCpuUsPerRequest} µs a request (every thread, /proc)` : '');

async function serveNext(dir, port, name, extraEnv = {}) {
  // The copy's own next (one React for Next and the app); the bare app resolves from the project's.
  const home = fs.existsSync(path.join(dir, 'node_modules', 'next')) ? dir : ROOT;
  const server = startServer(process.execPath, nextStartArgs(dir, port, home), {
    cwd: dir,
    env: { ...env, ...extraEnv },
    logFile: path.join(dir, `${name}-next-start.log`),
  });
  await waitFor(`http://127.0.0.1:${port}/`);
  return server;
}

/** Writes what is measured so far: a late failure keeps the build figures. */
function save(complete = false) {
  // The ratios follow whatever both sides have measured so far.
  result.ratios = result.bare ? bareRatios(result) : null;
  fs.mkdirSync(path.dirname(resultFile), { recursive: true });
  fs.writeFileSync(resultFile, `${JSON.stringify({ ...result, complete }, null, 2)}\n`);
}

async function buildStage() {
  if (reuseBuild) {
    const previous = fs.existsSync(resultFile) ? JSON.parse(fs.readFileSync(resultFile, 'utf8')) : null;
    if (!previous?.build || !fs.existsSync(path.join(work, '.next', 'BUILD_ID'))) throw new Error(`--reuse-build needs a finished build in ${path.relative(ROOT, work)} and its figures in ${path.relative(ROOT, resultFile)}`);
    // Everything measured before stays unless measured again now (e.g. --no-export keeps the nginx figures).
    Object.assign(result, { ...previous, date: result.date, machine: result.machine, buildDate: previous.buildDate ?? previous.date });
    step('Reusing the last build of this size');
    // --no-bare: no ratios, rather than ratios to a bare blog measured in another run.
    if (skip.bare) result.bare = null;
    else await bareBuildStage();
    return;
  }
  step('Copying the project and generating the archive');
  prepareWorkspace(ROOT, work);
  result.archive = writeArchive(path.join(work, 'content'), posts, { onProgress: (n) => process.stdout.write(`  ${n} posts written\r`) });
  console.log(`  ${posts} posts (${result.archive.hidden} hidden), ${result.archive.authors} authors (${result.archive.profiles} with a profile), ${result.archive.categories} categories, ${(result.archive.bytes / 2 ** 20).toFixed(1)} MB of markdown`);

  step('Cold build: npm run build, one step at a time');
  const phases = await runScriptSteps('build', work, env, 'build');
  result.build = summariseBuild(phases, work, posts);
  result.buildDate = result.date;
  save();
  console.log(`  build: ${result.build.wallS} s wall, ${result.build.cpuS} s CPU, peak ${result.build.peakTreeRssMB} MB (whole tree), ${result.build.prerenderedRoutes} prerendered routes`);
  if (!skip.bare) await bareBuildStage();
}

/**
 * The warm rebuilds, each on a fresh checkout that keeps only .next/cache: one post's body changes
 * (not the typical article the other stages measure), then a new post is published, the newest of
 * the archive. Every output file that changed is listed; an article's page that the change does not
 * explain fails the bench. The published post stays: the stages after this one serve N + 1 posts.
 */
async function warmStage(typical) {
  const postsDir = path.join(work, 'content', 'posts');
  const files = fs.readdirSync(postsDir).filter((f) => f !== typical.f && /\nhidePost: false\n/.test(fs.readFileSync(path.join(postsDir, f), 'utf8'))).sort();
  const file = files[Math.floor(files.length / 3)];
  const slug = /\n {2}url: \S+\/blog\/(\S+)\n/.exec(fs.readFileSync(path.join(postsDir, file), 'utf8'))[1];
  step(`Warm rebuild: ${file}'s body changes; a fresh checkout with .next/cache kept; npm run build`);
  // Hard links: the bare blog (built already) shares the archive's files; a copy keeps its content as built.
  const postFile = path.join(postsDir, file);
  fs.copyFileSync(postFile, `${postFile}.tmp`);
  fs.renameSync(`${postFile}.tmp`, postFile);
  result.warm = await warmBuild(() => editBody(postFile), () => new Set([slug]));
  result.warm.post = file;
  save();
  report('warm rebuild', result.warm);

  const published = 'a-post-published-to-measure-the-warm-rebuild';
  step(`Warm rebuild: a new post is published (${published}, the newest); a fresh checkout with .next/cache kept; npm run build`);
  const text = publishedPost(fs.readFileSync(postFile, 'utf8'), published, new Date());
  result.warmPublish = await warmBuild(
    () => fs.writeFileSync(path.join(postsDir, `${published}.md`), text),
    (changed) => new Set([published, ...pagesNaming(work, changed, published)]),
  );
  save();
  report('publishing a post', result.warmPublish);
  for (const [what, w] of [['edit', result.warm], ['published post', result.warmPublish]]) {
    if (w.unexpected.length) throw new Error(`the warm rebuild after the ${what} changed pages it does not touch: ${w.unexpected.slice(0, 10).join(', ')}`);
  }
}

/** One warm rebuild: `change` applied to a fresh checkout; `allowed(changed)`: the articles it may change. */
async function warmBuild(change, allowed) {
  const before = outputHashes(work);
  change();
  freshCheckoutWithCache(work);
  const phases = await runScriptSteps('build', work, env, 'warm');
  const summary = summariseBuild(phases, work, posts);
  const changed = outputChanges(before, outputHashes(work));
  const may = allowed(changed);
  const unexpected = unexpectedChanges(changed, may);
  const articlePages = changed.filter((f) => /^\.next[/\\]server[/\\]app[/\\]blog[/\\][^/\\]+\.html$/.test(f) && !/[/\\](page|category|author)\.html$/.test(f)).length;
  return { wallS: summary.wallS, peakTreeRssMB: summary.peakTreeRssMB, phases: summary.phases, outputFiles: before.size, changedFiles: changed.length, changedArticlePages: articlePages, changed: changed.slice(0, 200), allowed: [...may], unexpected, ratioToCold: Math.round((summary.wallS / result.build.wallS) * 100) / 100 };
}

function report(what, w) {
  console.log(`  ${what}: ${w.wallS} s (${w.ratioToCold}× the cold build); ${w.changedFiles} of ${w.outputFiles} output files changed, ${w.changedArticlePages} article pages${w.unexpected.length ? `; UNEXPECTED: ${w.unexpected.slice(0, 5).join(', ')}` : ''}`);
}

/** The editor's loop on this archive: npm run dev, the typical article open in Chromium, saves of it. */
async function devStage(kinds, typical) {
  step(`Editor's loop: npm run dev${devCold ? ' as on a fresh clone (no contentlayer2 output or cache, no next dev cache)' : ''}, ${kinds.article} open in Chromium, ${devLoopSaves} saves (body and title in turn)`);
  // --dev-cold: what a first-ever npm run dev meets (the build left contentlayer2's output and cache behind).
  if (devCold) for (const dir of ['.contentlayer', path.join('.next', 'dev'), path.join('.next', 'cache', 'contentlayer')]) fs.rmSync(path.join(work, dir), { recursive: true, force: true });
  const chromePath = findChromium();
  const postFile = path.join(work, 'content', 'posts', typical.f);
  // Its own inode: the bare blog shares the archive's files by hard link.
  fs.copyFileSync(postFile, `${postFile}.tmp`);
  fs.renameSync(`${postFile}.tmp`, postFile);
  // Kept apart: a cold start is a figure of its own, beside the usual start after a build.
  const key = devCold ? 'devCold' : 'dev';
  result[key] = await devLoop({ dir: work, port: ports.next, env: { ...env, DECAP_SERVER_PORT: String(ports.next + 5) }, chromePath, articlePath: kinds.article, postFile, saves: devLoopSaves });
  save();
  const d = result[key];
  console.log(`  first page after ${d.firstPageS} s; save → page updated: median ${d.medianMs} ms, p95 ${d.p95Ms} ms over ${d.saves} saves (${d.missed} not shown within 20 s)`);
  console.log(`  ${devPhasesLine(d.phases)}`);
}

/** The bare blog's cold build over the site's archive, measured as the site's: `npm run build` of it, step by step. */
async function bareBuildStage() {
  if (reuseBuild && result.bare?.build && fs.existsSync(path.join(bareDir, '.next', 'BUILD_ID'))) {
    step('Reusing the last bare blog build of this size');
    return;
  }
  step('Bare blog: contentlayer2 build && next build, cold, over the same archive');
  prepareBareBlog(ROOT, bareDir, path.join(work, 'content'));
  const phases = await runScriptSteps('build', bareDir, env, 'bare');
  result.bare = { build: summariseBuild(phases, bareDir, posts), pages: {}, load: {}, lighthouse: {} };
  save();
  const b = result.bare.build;
  console.log(`  bare blog: ${b.wallS} s wall, ${b.cpuS} s CPU, peak ${b.peakTreeRssMB} MB (whole tree), ${b.prerenderedRoutes} prerendered routes; site / bare: wall ${result.ratios.buildWall}×, peak memory ${result.ratios.peakMemory}×`);
}

/** Lighthouse on `url`: the median of several runs by performance score, each run's score beside it. */
function medianLighthouse(name, url, chromePath) {
  const runs = [];
  for (let i = 0; i < lighthouseRuns; i++) runs.push(lighthouse(url, { root: ROOT, chromePath, outFile: path.join(work, `lighthouse-${name}-${i + 1}.json`) }));
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  const r = { ...sorted[Math.floor(sorted.length / 2)], runs: runs.map((x) => x.performance) };
  console.log(`  ${name}: performance ${r.performance} (runs: ${r.runs.join(', ')}), accessibility ${r.accessibility}, best practices ${r.bestPractices}, SEO ${r.seo}${r.failing.length ? `; below 1: ${r.failing.join(', ')}` : ''}`);
  return r;
}

/** Lighthouse on each kind of page, on the bare blog's same page right after it, and on the bare page. */
function lighthouseStage(kinds, withBare) {
  step(`Lighthouse (mobile preset) on home, article, category, author${withBare ? ', the same pages of the bare blog' : ''} and the bare page`);
  const chromePath = findChromium();
  if (!chromePath) throw new Error('no Chromium: install Debian\'s chromium (apt-get install chromium) or set CHROME_PATH');
  for (const kind of PAGE_KINDS) {
    result.lighthouse[kind] = medianLighthouse(kind, `http://127.0.0.1:${ports.next}${kinds[kind]}`, chromePath);
    // Side by side, so both are measured under the same load of the machine.
    if (withBare) result.bare.lighthouse[kind] = medianLighthouse(`bare-${kind}`, `http://127.0.0.1:${ports.bare}${kinds[kind]}`, chromePath);
  }
  // The bare page shows what the framework alone scores on this machine, at this moment.
  result.lighthouse.baseline = medianLighthouse('baseline', `http://127.0.0.1:${ports.baseline}/`, chromePath);
}

let soakFailed = false;

async function serveStage(kinds) {
  step('Baseline: a bare Next.js app with the same next and react');
  prepareBaseline(ROOT, baseDir);
  const baseBuild = await measured(`node ${path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next')} build`, { cwd: baseDir, env, label: 'baseline' });
  if (baseBuild.code !== 0) throw new Error('the bare Next.js app did not build');

  step('Serving with next start: page weight and load');
  const server = await serveNext(work, ports.next, 'site');
  const base = await serveNext(baseDir, ports.baseline, 'baseline');
  const withBare = !skip.bare && result.bare !== null;
  const bare = withBare ? await serveNext(bareDir, ports.bare, 'bare') : null;
  try {
    const authorPage = await (await fetchRetry(`http://127.0.0.1:${ports.next}/blog/author`)).text();
    kinds.author = /href="(\/blog\/author\/[^"/]+)"/.exec(authorPage)?.[1] ?? '/blog/author';
    for (const [kind, p] of Object.entries(kinds)) result.pages[kind] = await pageWeight(`http://127.0.0.1:${ports.next}${p}`);
    result.pages.baseline = await pageWeight(`http://127.0.0.1:${ports.baseline}/`);
    const a = result.pages.article;
    console.log(`  article: HTML ${a.htmlGzip} B gzipped, JS ${a.jsGzip} B gzipped in ${a.scripts.length} files; baseline JS ${result.pages.baseline.jsGzip} B`);
    if (withBare) await bareWeights(kinds);
    const targets = [
      { key: 'site', url: `http://127.0.0.1:${ports.next}${kinds.article}`, serverPid: server.pid },
      ...(withBare ? [{ key: 'bare', url: `http://127.0.0.1:${ports.bare}${kinds.article}`, serverPid: bare.pid }] : []),
    ];
    console.log(`  load on next start: the article, ${targets.map((t) => t.url).join(' and ')}, ${loadSeconds} s each, ${loadRoundsN} alternated rounds`);
    const loads = loadRounds(targets, loadRoundsN, (t) => load(t.url, { seconds: loadSeconds, connections, root: ROOT, serverPid: t.serverPid }), (line) => console.log(`  ${line}`));
    result.load.nextStart = loads.site;
    console.log(`  site: ${loadLine(loads.site)}`);
    if (withBare) {
      result.bare.load.nextStart = loads.bare;
      save();
      console.log(`  bare blog: ${loadLine(loads.bare)}; site / bare: req/s ${result.ratios.rps}×, p99 ${result.ratios.p99}×`);
    }
    const headers = async (p) => (await fetchRetry(`http://127.0.0.1:${ports.next}${p}`)).headers.get('cache-control');
    result.cacheControl = { html: await headers(kinds.article), asset: await headers(a.scripts[0]?.url ?? '/') };
    if (!skip.lighthouse) lighthouseStage(kinds, withBare);
    if (!skip.soak) {
      await base.stop();
      await bare?.stop();
      step(`Soak: next start under 64 connections for ${soakSeconds} s`);
      result.soak = await runSoak({ baseUrl: `http://127.0.0.1:${ports.next}`, serverPid: server.pid, seconds: soakSeconds, connections: 64 });
      save();
      if (!result.soak.pass) soakFailed = true;
    }
  } finally {
    await server.stop();
    await base.stop();
    await bare?.stop();
  }
  save();
}

/**
 * --profile: next start again with a CPU sampler preloaded (bench/lib/cpu-profile.mjs), the same
 * load on the article, the profile of the measured seconds kept as serve-<site|bare>.cpuprofile in
 * the work folder and summarised as µs of CPU per request (bench/lib/profile.mjs).
 */
async function profileStage(kinds) {
  step('CPU profile of next start under the article load (site, then the bare blog)');
  const preload = path.join(ROOT, 'bench', 'lib', 'cpu-profile.mjs');
  const sides = [['site', work, ports.next], ...(!skip.bare && result.bare ? [['bare', bareDir, ports.bare]] : [])];
  result.profile = {};
  for (const [name, dir, port] of sides) {
    const file = path.join(work, `serve-${name}.cpuprofile`);
    fs.rmSync(file, { force: true });
    // The site's setup (pool size, gzip level) before the sampler, as npm start has it.
    const preloads = `${env.NODE_OPTIONS ?? ''} ${startPreload(dir)} --import ${pathToFileURL(preload).href}`;
    const server = await serveNext(dir, port, `${name}-profile`, { NODE_OPTIONS: preloads.replace(/\s+/g, ' ').trim(), BENCH_CPU_PROFILE: file });
    try {
      // SIGUSR2 after the warm-up starts the sampled window; the one after the load writes it.
      const l = load(`http://127.0.0.1:${port}${kinds.article}`, { seconds: loadSeconds, connections, root: ROOT, serverPid: server.pid, beforeMeasure: () => process.kill(server.pid, 'SIGUSR2') });
      const since = Date.now();
      process.kill(server.pid, 'SIGUSR2');
      while (!(fs.existsSync(file) && fs.statSync(file).mtimeMs >= since)) {
        if (Date.now() - since > 30_000) throw new Error(`next start wrote no profile to ${file}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      result.profile[name] = { rps: l.rps, serverCpuUsPerRequest: l.serverCpuUsPerRequest ?? null, ...summariseProfile(file, { dir, requests: l.requests }) };
    } finally {
      await server.stop();
    }
    const p = result.profile[name];
    console.log(`  ${name}: ${p.rps} req/s with the sampler; ${p.busyUsPerRequest} µs of CPU a request on the JavaScript thread: ${Object.entries(p.usPerRequest).map(([k, v]) => `${k} ${v}`).join(', ')}; the whole server, every thread, sampler included: ${p.serverCpuUsPerRequest ?? '?'} µs (${path.relative(ROOT, file)})`);
  }
  save();
}

/** The bare blog on next start: the same pages weighed (its load is measured with the site's, in alternated rounds). */
async function bareWeights(kinds) {
  const origin = `http://127.0.0.1:${ports.bare}`;
  for (const kind of PAGE_KINDS) result.bare.pages[kind] = await pageWeight(`${origin}${kinds[kind]}`);
  const a = result.bare.pages.article;
  console.log(`  bare blog article: HTML ${a.htmlGzip} B gzipped, JS ${a.jsGzip} B gzipped in ${a.scripts.length} files`);
}

/** One load figure as the log prints it: the medians, and each round's req/s. */
const loadLine = (l) => `${l.rps} req/s (rounds ${l.rounds.map((r) => r.rps).join(' / ')}), p50 ${l.p50Ms} ms, p99 ${l.p99Ms} ms (${l.tool}, medians)${cpuNote(l)}`;

async function exportStage(kinds) {
  step('Static export: npm run build:static, then nginx');
  // The export writes its own .next: keep the server build aside, so --reuse-build can serve it again.
  const serverBuild = path.join(work, '.next-server');
  fs.rmSync(serverBuild, { recursive: true, force: true });
  fs.renameSync(path.join(work, '.next'), serverBuild);
  const r = await measured('npm run build:static', { cwd: work, env: { ...env, PATH: `${path.join(work, 'node_modules', '.bin')}:${env.PATH}` }, label: 'export' });
  fs.rmSync(path.join(work, '.next'), { recursive: true, force: true });
  fs.renameSync(serverBuild, path.join(work, '.next'));
  if (r.code !== 0) throw new Error('npm run build:static failed; its output is above');
  const out = dirBytes(path.join(work, 'out'));
  const htmlFiles = fs.readdirSync(path.join(work, 'out'), { recursive: true }).filter((f) => f.endsWith('.html')).length;
  result.staticExport = { wallS: round(r.wallMs / 1000), cpuS: r.cpuMs === null ? null : round(r.cpuMs / 1000), peakTreeRssMB: r.peakTreeRssMB, files: out.files, htmlFiles, bytes: out.bytes };
  console.log(`  out/: ${out.files} files (${htmlFiles} HTML), ${(out.bytes / 2 ** 20).toFixed(1)} MB, built in ${result.staticExport.wallS} s`);
  if (skip.serve) return;
  const nginx = await startNginx({ root: path.join(work, 'out'), port: ports.nginx, prefix: path.join(work, 'nginx') });
  try {
    const url = `http://127.0.0.1:${ports.nginx}${kinds.article}`;
    await waitFor(url);
    result.pages.articleNginx = await pageWeight(url);
    console.log(`  load on nginx: ${url} for ${loadSeconds} s`);
    result.load.nginx = load(url, { seconds: loadSeconds, connections, root: ROOT });
    console.log(`  ${result.load.nginx.rps} req/s, p50 ${result.load.nginx.p50Ms} ms, p99 ${result.load.nginx.p99Ms} ms (${result.load.nginx.tool})`);
  } finally {
    await nginx.stop();
  }
}

async function main() {
  console.log(`bench: ${posts} posts, ${os.cpus().length} cores; work folder ${path.relative(ROOT, work)}; ports ${PORT}-${PORT + 4}`);
  await buildStage();
  const article = typicalArticle(work);
  result.typicalArticle = { slug: article.slug, markdownBytes: article.size };
  const kinds = { home: '/', article: `/blog/${article.slug}`, category: '/blog/category/openstack', author: null };
  if (!reuseBuild && !skip.warm) await warmStage(article);
  if (!skip.serve) await serveStage(kinds);
  if (flag('profile')) await profileStage(kinds);
  if (!skip.export) await exportStage(kinds);
  if (!skip.images) {
    const count = Math.max(5, Math.round(posts / 100));
    step(`Responsive images: ${count} distinct 1600x900 photos into their variants`);
    result.images = await imageStage(ROOT, path.join(work, 'image-bench'), count);
    console.log(`  ${result.images.images} images in ${result.images.wallS} s (${result.images.msPerImage} ms each), ${result.images.variants} variants, ${result.images.variantMB} MB`);
  }
  if (devLoopSaves > 0) await devStage(kinds, article);
  result.totalS = Math.round((Date.now() - started) / 1000);
  save(true);
  if (soakFailed) throw new Error(`the soak failed: ${result.soak.errors} unexpected responses, memory ${result.soak.memory.note} (${path.relative(ROOT, resultFile)})`);
  step(`Done in ${result.totalS} s: ${path.relative(ROOT, resultFile)}`);
  console.log(`\n${markdownTable([result])}`);
}

main().catch((error) => {
  console.error(`\nbench failed: ${error.message}`);
  process.exit(1);
});
