import { describe, expect, it } from 'vitest';
import { markdownTable } from './report.mjs';

const lighthouse = (performance: number) => ({ performance, accessibility: 100, bestPractices: 100, seo: 100 });
const kinds = (scores: number[]) => Object.fromEntries(['home', 'article', 'category', 'author'].map((k, i) => [k, lighthouse(scores[i]!)]));

const result = {
  posts: 100,
  build: {
    wallS: 40,
    cpuS: 60,
    peakTreeRssMB: 1200,
    prerenderedRoutes: 300,
    phases: [{ command: 'node scripts/next-build.mjs', wallS: 30, cpuByKindS: { 'prerender workers': 20, 'social cards': 12.5, other: 0.1 } }],
  },
  pages: { article: { htmlGzip: 10240, jsGzip: 143360, scripts: [] } },
  load: { nextStart: { rps: 900, p50Ms: 30, p99Ms: 120, serverCpuUsPerRequest: 1450 } },
  lighthouse: kinds([100, 98, 99, 97]),
  bare: {
    build: { wallS: 16, cpuS: 24, peakTreeRssMB: 800, prerenderedRoutes: 160, phases: [{ command: 'next build', wallS: 10, cpuByKindS: { 'prerender workers': 9 } }] },
    pages: { article: { htmlGzip: 5120, jsGzip: 131072, scripts: [] } },
    load: { nextStart: { rps: 1800, p50Ms: 15, p99Ms: 40 } },
    lighthouse: kinds([100, 100, 99, 97]),
  },
};

/** The cell of the row whose label starts with `label`, for each result column. */
function row(table: string, label: string): string[] {
  const line = table.split('\n').find((l) => l.startsWith(`| ${label}`));
  if (!line) throw new Error(`no row "${label}"`);
  return line.slice(1, -1).split(' | ').slice(1).map((c) => c.trim());
}

describe('markdownTable: the bare blog', () => {
  const table = markdownTable([result, { posts: 1000 }]);

  it("has the bare blog's own figures", () => {
    expect(row(table, 'Bare blog (contentlayer2 build && next build): wall (CPU)')).toEqual(['16 s (24 s)', '–']);
    expect(row(table, 'Bare blog: peak memory')).toEqual(['800 MB', '–']);
    expect(row(table, 'Bare blog: next build CPU by process')).toEqual(['prerender workers 9 s', '–']);
    expect(row(table, 'Bare blog: article HTML / JS')).toEqual(['5.0 KB / 128.0 KB', '–']);
    expect(row(table, 'Bare blog: article under load')).toEqual(['1,800 req/s, p50 15 ms, p99 40 ms', '–']);
    expect(row(table, 'Bare blog: Lighthouse performance')).toEqual(['100 / 100 / 99 / 97', '–']);
  });

  it('has every figure as site / bare blog, and a dash for a result without a bare blog', () => {
    expect(row(table, 'Build wall: site / bare blog')).toEqual(['2.50×', '–']);
    expect(row(table, 'Build CPU: site / bare blog')).toEqual(['2.50×', '–']);
    expect(row(table, 'Peak memory: site / bare blog')).toEqual(['1.50×', '–']);
    expect(row(table, 'next start req/s: site / bare blog')).toEqual(['0.50×', '–']);
    expect(row(table, 'next start p99: site / bare blog')).toEqual(['3.00×', '–']);
    expect(row(table, 'Article HTML gzipped: site / bare blog')).toEqual(['2.00×', '–']);
    expect(row(table, 'Article JS gzipped: site / bare blog')).toEqual(['1.09×', '–']);
    expect(row(table, 'Lighthouse performance home / article / category / author: site / bare blog')).toEqual(['1.00× / 0.98× / 1.00× / 1.00×', '–']);
  });

  it("shows the server's CPU a request where the load measured it, and nothing where it did not", () => {
    expect(row(table, 'Article under load: next start')).toEqual(['900 req/s, p50 30 ms, p99 120 ms; server CPU 1,450 µs a request', '–']);
    expect(row(table, 'Bare blog: article under load, next start')).toEqual(['1,800 req/s, p50 15 ms, p99 40 ms', '–']);
  });

  it('says when req/s is the median of alternated rounds, with each round', () => {
    const rounds = [{ rps: 850 }, { rps: 900 }, { rps: 1200 }];
    const t = markdownTable([{ ...result, load: { nextStart: { ...result.load.nextStart, rounds } } }]);
    expect(row(t, 'Article under load: next start')).toEqual(['900 req/s (median of 3 alternated rounds: 850 / 900 / 1,200), p50 30 ms, p99 120 ms; server CPU 1,450 µs a request']);
  });
});

describe('markdownTable: where the next build step spends its CPU', () => {
  it('lists each kind of process with its CPU, and a dash for a result that has none', () => {
    const table = markdownTable([result, { posts: 1000 }]);
    expect(row(table, '– next build step: CPU by process')).toEqual(['prerender workers 20 s, social cards 12.5 s, other 0.1 s', '–']);
  });
});
