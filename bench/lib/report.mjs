// The markdown table of one or more benchmark results, one column per archive size.

const kb = (b) => (b === undefined || b === null ? '–' : `${(b / 1024).toFixed(1)} KB`);
const n = (v, unit = '') => (v === undefined || v === null ? '–' : `${v.toLocaleString('en-US')}${unit}`);
const phase = (r, re) => r.build?.phases.find((p) => re.test(p.command));
const lh = (r, kind) => {
  const s = r.lighthouse?.[kind];
  return s ? `${s.performance} / ${s.accessibility} / ${s.bestPractices} / ${s.seo}` : '–';
};
const load = (r, which) => {
  const l = r.load?.[which];
  return l ? `${n(l.rps)} req/s, p50 ${l.p50Ms} ms, p99 ${l.p99Ms} ms` : '–';
};

const ROWS = [
  ['Posts (hidden)', (r) => `${n(r.posts)} (${r.archive?.hidden ?? '–'})`],
  ['Build, wall (CPU)', (r) => `${n(r.build?.wallS, ' s')} (${n(r.build?.cpuS, ' s')})`],
  ['– content:check', (r) => n(phase(r, /content:check/)?.wallS, ' s')],
  ['– contentlayer2 build', (r) => n(phase(r, /contentlayer2 build|content-build|content:build/)?.wallS, ' s')],
  ['– next build (compile / static generation)', (r) => `${n(phase(r, /next build/)?.wallS, ' s')} (${n(r.build?.nextCompileS, ' s')} / ${n(r.build?.nextStaticGenerationS, ' s')})`],
  ['Build time per post, wall (CPU)', (r) => `${n(r.build?.perPostMs, ' ms')} (${n(r.build?.perPostCpuMs, ' ms')})`],
  ['Peak memory, whole process tree', (r) => n(r.build?.peakTreeRssMB, ' MB')],
  ['Peak memory, largest process', (r) => n(r.build?.peakProcessRssMB, ' MB')],
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
  ['Soak: RSS at start → end (after warm-up)', (r) => (r.soak ? `${n(r.soak.rss.startMB, ' MB')} → ${n(r.soak.rss.endMB, ' MB')} (${r.soak.memory.note})` : '–')],
  ['Lighthouse home (perf / a11y / BP / SEO)', (r) => lh(r, 'home')],
  ['Lighthouse article', (r) => lh(r, 'article')],
  ['Lighthouse category', (r) => lh(r, 'category')],
  ['Lighthouse author', (r) => lh(r, 'author')],
  ['Lighthouse bare Next 16 page', (r) => lh(r, 'baseline')],
  ['Responsive images: distinct photos, wall (CPU), per image', (r) => (r.images ? `${n(r.images.images)}, ${n(r.images.wallS, ' s')} (${n(r.images.cpuS, ' s')}), ${n(r.images.msPerImage, ' ms')}` : '–')],
];

/** A markdown table: one row per figure, one column per result. */
export function markdownTable(results) {
  const head = `| | ${results.map((r) => `${n(r.posts)} posts`).join(' | ')} |`;
  const rule = `| --- | ${results.map(() => '---').join(' | ')} |`;
  const rows = ROWS.map(([label, cell]) => `| ${label} | ${results.map(cell).join(' | ')} |`);
  return [head, rule, ...rows].join('\n');
}
