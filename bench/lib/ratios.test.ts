import { describe, expect, it } from 'vitest';
import { bareRatios, ratio } from './ratios.mjs';

const lighthouse = (home: number, article: number, category: number, author: number) => ({
  home: { performance: home },
  article: { performance: article },
  category: { performance: category },
  author: { performance: author },
});

const site = {
  build: { wallS: 55.7, cpuS: 90, peakTreeRssMB: 1517 },
  load: { nextStart: { rps: 997, p50Ms: 30, p99Ms: 113 } },
  pages: { article: { htmlGzip: 9902, jsGzip: 140086 } },
  lighthouse: lighthouse(100, 98, 99, 100),
};
const bare = {
  build: { wallS: 20, cpuS: 30, peakTreeRssMB: 800 },
  load: { nextStart: { rps: 1994, p50Ms: 15, p99Ms: 50 } },
  pages: { article: { htmlGzip: 4951, jsGzip: 131000 } },
  lighthouse: lighthouse(100, 100, 99, 100),
};

describe('ratio', () => {
  it('is site over bare, to two decimals', () => {
    expect(ratio(55.7, 20)).toBe(2.79);
    expect(ratio(997, 1994)).toBe(0.5);
  });

  it('is null when either side was not measured, or the bare figure is 0', () => {
    expect(ratio(undefined, 20)).toBeNull();
    expect(ratio(10, null)).toBeNull();
    expect(ratio(10, 0)).toBeNull();
  });
});

describe('bareRatios', () => {
  it('divides each figure of the site by the bare blog figure in the same place', () => {
    expect(bareRatios({ ...site, bare })).toEqual({
      buildWall: 2.79,
      buildCpu: 3,
      peakMemory: 1.9,
      rps: 0.5,
      p50: 2,
      p99: 2.26,
      htmlGzip: 2,
      jsGzip: 1.07,
      lighthouse: { home: 1, article: 0.98, category: 1, author: 1 },
    });
  });

  it('leaves what the bare blog has not measured (a build-only run) null', () => {
    const r = bareRatios({ ...site, bare: { build: bare.build, pages: {}, load: {}, lighthouse: {} } });
    expect(r.buildWall).toBe(2.79);
    expect([r.rps, r.p99, r.htmlGzip, r.jsGzip, r.lighthouse.article]).toEqual([null, null, null, null, null]);
  });

  it('is all null without a bare blog (--no-bare)', () => {
    const r = bareRatios(site);
    expect(Object.values({ ...r, lighthouse: null }).every((v) => v === null)).toBe(true);
    expect(Object.values(r.lighthouse)).toEqual([null, null, null, null]);
  });
});
