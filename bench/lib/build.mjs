// The cold build of the benchmark: each step of `npm run build` measured, and what it produced.
import fs from 'node:fs';
import path from 'node:path';
import { measured } from './measure.mjs';
import { dirBytes } from './workspace.mjs';

const round = (v) => Math.round(v * 10) / 10;

/**
 * What a process of a build step is, by its command line: the first pattern that matches names it.
 * The next-build step draws the cards beside next build, and next build type-checks, runs Tailwind
 * and prerenders in processes of its own, so the step's CPU is told apart by these.
 */
export const PROCESS_KINDS = [
  ['social cards', /scripts\/cards-build\.ts/],
  ['prerender workers', /jest-worker\/processChild\.js/],
  ['type check', /typescript\/bin\/tsc\b/],
  ['Tailwind (PostCSS)', /transforms_postcss/],
  ['next build (compile, main process)', /^next-build\b|\bnext build\b|\/next\/dist\/bin\/next\b/],
  ['contentlayer2', /scripts\/content-(build|prefill)\.mjs|contentlayer2 build/],
  ['Pagefind', /pagefind/],
  ['esbuild', /esbuild/],
];

/** CPU seconds by kind of process (PROCESS_KINDS, then 'other'), largest first; kinds with none are left out. */
export function cpuByKind(processes, kinds = PROCESS_KINDS) {
  const totals = new Map();
  for (const { command, cpuMs } of processes) {
    const kind = kinds.find(([, pattern]) => pattern.test(command))?.[0] ?? 'other';
    totals.set(kind, (totals.get(kind) ?? 0) + cpuMs);
  }
  return Object.fromEntries(
    [...totals].filter(([, ms]) => ms > 0).sort((a, b) => b[1] - a[1]).map(([kind, ms]) => [kind, round(ms / 1000)]),
  );
}

/** Runs each `&&` step of a package.json script, measured on its own. */
export async function runScriptSteps(script, cwd, stepEnv, label) {
  const pkg = JSON.parse(fs.readFileSync(path.join(cwd, 'package.json'), 'utf8'));
  const steps = pkg.scripts[script].split(/\s*&&\s*/);
  const phases = [];
  for (const command of steps) {
    console.log(`  $ ${command}`);
    const binPath = `${path.join(cwd, 'node_modules', '.bin')}:${stepEnv.PATH}`;
    const r = await measured(command, { cwd, env: { ...stepEnv, PATH: binPath }, label });
    if (r.code !== 0) throw new Error(`"${command}" failed (exit ${r.code}); its output is above`);
    const s = (ms) => (ms === null ? null : ms / 1000);
    // cpuS is the larger of the two ways of counting (bench/lib/measure.mjs); both are kept.
    phases.push({ command, wallS: r.wallMs / 1000, cpuS: s(r.cpuMs), cpuWaitedS: s(r.cpuWaitedMs), cpuSampledS: s(r.cpuSampledMs), cpuByKindS: cpuByKind(r.processes), peakTreeRssMB: r.peakTreeRssMB, peakProcessRssMB: r.peakProcessRssMB, processes: r.peakProcesses, atPeak: r.atPeak, output: r.output });
  }
  return phases;
}

const seconds = (text, re) => {
  const m = re.exec(text);
  if (!m) return null;
  return m[2] === 'ms' ? Number(m[1]) / 1000 : m[2] === 'min' ? Number(m[1]) * 60 : Number(m[1]);
};

/** Totals of the measured steps, Next's own compile and static-generation times, routes and sizes. */
export function summariseBuild(phases, dir, posts) {
  // scripts/next-build.mjs runs next build (with the cards step beside it).
  const next = phases.find((p) => /\bnext build\b|scripts\/next-build\.mjs/.test(p.command));
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, '.next', 'prerender-manifest.json'), 'utf8'));
  const out = {
    wallS: round(phases.reduce((s, p) => s + p.wallS, 0)),
    cpuS: round(phases.reduce((s, p) => s + (p.cpuS ?? 0), 0)),
    peakTreeRssMB: Math.max(...phases.map((p) => p.peakTreeRssMB)),
    peakProcessRssMB: Math.max(...phases.map((p) => p.peakProcessRssMB)),
    phases: phases.map(({ output: _o, ...p }) => ({
      ...p,
      wallS: round(p.wallS),
      ...Object.fromEntries(['cpuS', 'cpuWaitedS', 'cpuSampledS'].map((k) => [k, p[k] == null ? null : round(p[k])])),
    })),
    nextCompileS: next ? seconds(next.output, /Compiled successfully in ([\d.]+)(ms|s|min)/) : null,
    nextStaticGenerationS: next ? seconds(next.output, /Generating static pages[^\n]*?in ([\d.]+)(ms|s|min)/) : null,
    prerenderedRoutes: Object.keys(manifest.routes).length,
    nextDirBytes: dirBytes(path.join(dir, '.next'), ['cache']).bytes,
    contentlayerBytes: dirBytes(path.join(dir, '.contentlayer')).bytes,
  };
  out.perPostMs = Math.round((out.wallS * 1000) / posts);
  out.perPostCpuMs = Math.round((out.cpuS * 1000) / posts);
  return out;
}

/** The listed post whose markdown size is the median: the "typical article". */
export function typicalArticle(dir) {
  const postsDir = path.join(dir, 'content', 'posts');
  const sized = fs
    .readdirSync(postsDir)
    .map((f) => ({ f, text: fs.readFileSync(path.join(postsDir, f), 'utf8') }))
    .filter(({ text }) => /\nhidePost: false\n/.test(text))
    .map(({ f, text }) => ({ slug: /\n {2}url: \S+\/blog\/(\S+)\n/.exec(text)[1], size: text.length, f }))
    .sort((a, b) => a.size - b.size || a.f.localeCompare(b.f));
  return sized[Math.floor(sized.length / 2)];
}

