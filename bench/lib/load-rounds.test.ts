import { describe, expect, it } from 'vitest';
import { loadRounds, medianLoad, roundOrder } from './load-rounds.mjs';

const run = (rps: number, p99Ms: number, serverCpuUsPerRequest: number) => ({ tool: 'wrk', connections: 64, seconds: 10, rps, p50Ms: rps / 100, p99Ms, serverCpuUsPerRequest, requests: rps * 10, errors: 0 });

describe('roundOrder', () => {
  it('alternates: as given, reversed, as given', () => {
    expect([0, 1, 2].map((r) => roundOrder(['site', 'bare'], r).join(','))).toEqual(['site,bare', 'bare,site', 'site,bare']);
  });
});

describe('medianLoad', () => {
  it('takes each measure\'s median over the rounds and keeps every round', () => {
    const m = medianLoad([run(1900, 300, 900), run(1500, 90, 1000), run(2100, 150, 800)]);
    expect(m.rps).toBe(1900);
    expect(m.p99Ms).toBe(150);
    expect(m.serverCpuUsPerRequest).toBe(900);
    expect(m.requests).toBe(55000);
    expect(m.rounds.map((r) => r.rps)).toEqual([1900, 1500, 2100]);
  });

  it('averages the middle two of an even count, and skips what a round did not measure', () => {
    const m = medianLoad([run(1000, 100, 900), { ...run(2000, 200, 0), serverCpuUsPerRequest: null }]);
    expect(m.rps).toBe(1500);
    expect(m.serverCpuUsPerRequest).toBe(900);
  });
});

describe('loadRounds', () => {
  it('measures every target in each round, alternating who goes first', () => {
    const calls: string[] = [];
    let rps = 1000;
    const out = loadRounds([{ key: 'site' }, { key: 'bare' }], 3, (t) => (calls.push(t.key), run((rps += 100), 100, 900)));
    expect(calls).toEqual(['site', 'bare', 'bare', 'site', 'site', 'bare']);
    expect(out.site!.rounds.map((r) => r.rps)).toEqual([1100, 1400, 1500]);
    expect(out.bare!.rps).toBe(1300);
  });
});
