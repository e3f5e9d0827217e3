// The markdown table of one or more benchmark results, one column per archive size.
import { PAGE_KINDS, bareRatios } from './ratios.mjs';

const kb = (b) => (b === undefined || b === null ? '–' : `${(b / 1024).toFixed(1)} KB`);
const n = (v, unit = '') => (v === undefined || v === null ? '–' : `${v.toLocaleString('en-US')}${unit}`);
const phase = (r, re) => r.build?.phases.find((p) => re.test(p.command));
const lh = (r, kind) => {
  const s = r.lighthouse?.[kind];
  return s ? `${s.performance} / ${s.accessibility} / ${s.bestPractices} / ${s.seo}` : '–';
};
const load = (r, which) => {
  const l = r.load?.[which];
  if (!l) return '–';
  // The server's CPU over every thread (gzip runs off the JavaScript thread), where the bench measured it.
  const cpu = l.serverCpuUsPerRequest ? `; server CPU ${n(l.serverCpuUsPerRequest)} µs a request` : '';
  // Medians of alternated rounds where the bench ran several (bench/lib/load-rounds.mjs).
  const rounds = l.rounds?.length > 1 ? ` (median of ${l.rounds.length} alternated rounds: ${l.rounds.map((r) => n(r.rps)).join(' / ')})` : '';
  return `${n(l.rps)} req/s${rounds}, p50 ${l.p50Ms} ms, p99 ${l.p99Ms} ms${cpu}`;
};

// The CPU of the next build step (scripts/next-build.mjs, or the bare blog's next build) by kind of process (bench/lib/build.mjs).
const NEXT_STEP = /next build|scripts\/next-build\.mjs/;
const byKind = (p) => (p?.cpuByKindS ? Object.entries(p.cpuByKindS).map(([kind, s]) => `${kind} ${n(s, ' s')}`).join(', ') : '–');

const times = (v) => (v === undefined || v === null ? '–' : `${v.toFixed(2)}×`);
// The bare blog's result has the site's shape; its ratios are computed from the result itself.
const bare = (cell) => (r) => (r.bare ? cell(r.bare) : '–');
const ratioOf = (key) => (r) => (r.bare ? times(bareRatios(r)[key]) : '–');

const BARE_ROWS = [
  ['Bare blog (contentlayer2 build && next build): wall (CPU)', bare((b) => `${n(b.build?.wallS, ' s')} (${n(b.build?.cpuS, ' s')})`)],
  ['Bare blog: next build CPU by process', bare((b) => byKind(phase(b, NEXT_STEP)))],
  ['Bare blog: peak memory, whole process tree', bare((b) => n(b.build?.peakTreeRssMB, ' MB'))],
  ['Bare blog: prerendered routes', bare((b) => n(b.build?.prerenderedRoutes))],
  ['Bare blog: article HTML / JS, gzipped', bare((b) => (b.pages?.article ? `${kb(b.pages.article.htmlGzip)} / ${kb(b.pages.article.jsGzip)}` : '–'))],
  ['Bare blog: article under load, next start', bare((b) => load(b, 'nextStart'))],
  ['Bare blog: Lighthouse performance home / article / category / author', bare((b) => PAGE_KINDS.map((k) => b.lighthouse?.[k]?.performance ?? '–').join(' / '))],
  ['Build wall: site / bare blog (ratio)', ratioOf('buildWall')],
  ['Build CPU: site / bare blog (ratio)', ratioOf('buildCpu')],
  ['Peak memory: site / bare blog (ratio)', ratioOf('peakMemory')],
  ['next start req/s: site / bare blog (ratio)', ratioOf('rps')],
  ['next start p99: site / bare blog (ratio)', ratioOf('p99')],
  ['Article HTML gzipped: site / bare blog (ratio)', ratioOf('htmlGzip')],
  ['Article JS gzipped: site / bare blog (ratio)', ratioOf('jsGzip')],
  ['Lighthouse performance home / article / category / author: site / bare blog (ratio)', (r) => (r.bare ? PAGE_KINDS.map((k) => times(bareRatios(r).lighthouse[k])).join(' / ') : '–')],
];

const ROWS = [
  ['Posts (hidden)', (r) => `${n(r.posts)} (${r.archive?.hidden ?? '–'})`],
  ['Build, wall (CPU)', (r) => `${n(r.build?.wallS, ' s')} (${n(r.build?.cpuS, ' s')})`],
  ['– content:check', (r) => n(phase(r, /content:check/)?.wallS, ' s')],
  ['– contentlayer2 build', (r) => n(phase(r, /contentlayer2 build|content-build|content:build/)?.wallS, ' s')],
  ['– next build (compile / static generation)', (r) => `${n(phase(r, NEXT_STEP)?.wallS, ' s')} (${n(r.build?.nextCompileS, ' s')} / ${n(r.build?.nextStaticGenerationS, ' s')})`],
  ['– next build step: CPU by process (cards beside it)', (r) => byKind(phase(r, NEXT_STEP))],
  ['Build time per post, wall (CPU)', (r) => `${n(r.build?.perPostMs, ' ms')} (${n(r.build?.perPostCpuMs, ' ms')})`],
  ['Peak memory, whole process tree', (r) => n(r.build?.peakTreeRssMB, ' MB')],
  ['Peak memory, largest process', (r) => n(r.build?.peakProcessRssMB, ' MB')],
  ['Warm rebuild (one post edited, only .next/cache kept): wall, × cold, output files changed', (r) => (r.warm ? `${n(r.warm.wallS, ' s')}, ${r.warm.ratioToCold}×, ${n(r.warm.changedFiles)} of ${n(r.warm.outputFiles)}` : '–')],
  ['Warm rebuild (a post published, only .next/cache kept): wall, × cold, output files changed, of them article pages', (r) => (r.warmPublish ? `${n(r.warmPublish.wallS, ' s')}, ${r.warmPublish.ratioToCold}×, ${n(r.warmPublish.changedFiles)} of ${n(r.warmPublish.outputFiles)}, ${n(r.warmPublish.changedArticlePages)}` : '–')],
  ['npm run dev: first page; save → page updated, median / p95 (saves)', (r) => (r.dev ? `${n(r.dev.firstPageS, ' s')}; ${n(r.dev.medianMs, ' ms')} / ${n(r.dev.p95Ms, ' ms')} (${r.dev.saves}, ${r.dev.missed} missed)` : '–')],
  ['Prerendered routes', (r) => n(r.build?.prerenderedRoutes)],
  ['.next size (without cache)', (r) => n(r.build ? Math.round(r.build.nextDirBytes / 2 ** 20) : null, ' MB')],
  ['Static export: build, files, size', (r) => (r.staticExport ? `${n(r.staticExport.wallS, ' s')}, ${n(r.staticExport.files)} files, ${n(Math.round(r.staticExport.bytes / 2 ** 20), ' MB')}` : '–')],
  ['Article HTML, gzipped', (r) => kb(r.pages?.article?.htmlGzip)],
  ['Article JS, gzipped (files)', (r) => (r.pages?.article ? `${kb(r.pages.article.jsGzip)} (${r.pages.article.scripts.length})` : '–')],
  ['Bare Next 16 page JS, gzipped (files)', (r) => (r.pages?.baseline ? `${kb(r.pages.baseline.jsGzip)} (${r.pages.baseline.scripts.length})` : '–')],
  ['Article JS over the bare page', (r) => (r.pages?.article && r.pages?.baseline ? kb(r.pages.article.jsGzip - r.pages.baseline.jsGzip) : '–')],
  ['Article under load: next start', (r) => load(r, 'nextStart')],
  ['Article under load: nginx, static export', (r) => load(r, 'nginx')],
  ['Soak, next start (64 connections): requests, errors, expected 404s', (r) => (r.soak ? `${n(r.soak.requests)} in ${n(r.soak.seconds, ' s')}, ${n(r.soak.errors)} errors, ${n(r.soak.notFound)}` : '–')],
  ['Soak: p50 / p99 per minute', (r) => (r.soak ? r.soak.perMinute.map((m) => `${m.p50Ms} / ${m.p99Ms} ms`).join('; ') : '–')],
  ['Soak: the slowest URLs, p99 (p50)', (r) => (r.soak?.byUrl ? r.soak.byUrl.slice(0, 3).map((u) => `${u.path} ${u.p99Ms} ms (${u.p50Ms})`).join('; ') : '–')],
  ['Soak: RSS at start → end (after warm-up)', (r) => (r.soak ? `${n(r.soak.rss.startMB, ' MB')} → ${n(r.soak.rss.endMB, ' MB')} (${r.soak.memory.note})` : '–')],
  ['Lighthouse home (perf / a11y / BP / SEO)', (r) => lh(r, 'home')],
  ['Lighthouse article', (r) => lh(r, 'article')],
  ['Lighthouse category', (r) => lh(r, 'category')],
  ['Lighthouse author', (r) => lh(r, 'author')],
  ['Lighthouse bare Next 16 page', (r) => lh(r, 'baseline')],
  ...BARE_ROWS,
  ['Responsive images: distinct photos, wall (CPU), per image', (r) => (r.images ? `${n(r.images.images)}, ${n(r.images.wallS, ' s')} (${n(r.images.cpuS, ' s')}), ${n(r.images.msPerImage, ' ms')}` : '–')],
];

/** A markdown table: one row per figure, one column per result. */
export function markdownTable(results) {
  const head = `| | ${results.map((r) => `${n(r.posts)} posts`).join(' | ')} |`;
  const rule = `| --- | ${results.map(() => '---').join(' | ')} |`;
  const rows = ROWS.map(([label, cell]) => `| ${label} | ${results.map(cell).join(' | ')} |`);
  return [head, rule, ...rows].join('\n');
}
