import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { soak, summariseUrls } from './soak.mjs';

describe('summariseUrls', () => {
  it('gives each URL its count, percentiles, mean and max, slowest p99 first', () => {
    const fast = Array.from({ length: 100 }, (_, i) => 10 + (i % 10));
    const slow = [...Array.from({ length: 98 }, () => 20), 400, 500];
    const out = summariseUrls(new Map([['/fast', fast], ['/slow', slow]]));
    expect(out.map((u) => u.path)).toEqual(['/slow', '/fast']);
    expect(out[0]).toEqual({ path: '/slow', requests: 100, p50Ms: 20, p99Ms: 500, meanMs: 28.6, maxMs: 500 });
    expect(out[1]).toMatchObject({ requests: 100, p50Ms: 15, p99Ms: 19, maxMs: 19 });
  });
});

describe('soak', () => {
  // A server whose /slow answers 80 ms late and whose /missing is a 404, as the soak must report them.
  const server = http.createServer((req, res) => {
    if (req.url === '/missing') return res.writeHead(404).end('no');
    setTimeout(() => res.end('ok'), req.url === '/slow' ? 80 : 0);
  });
  let baseUrl = '';
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => ((baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`), resolve()))));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('names the slow URL first and counts what answered otherwise than its URL must', async () => {
    const targets = [
      { path: '/', status: 200 },
      { path: '/slow', status: 200 },
      { path: '/missing', status: 404 },
      { path: '/also-fine', status: 404 },
    ];
    const result = await soak({ baseUrl, serverPid: process.pid, targets, seconds: 1.5, connections: 4 });
    expect(result.byUrl[0]!.path).toBe('/slow');
    expect(result.byUrl[0]!.p50Ms).toBeGreaterThanOrEqual(75);
    const fast = result.byUrl.find((u) => u.path === '/')!;
    expect(fast.p50Ms).toBeLessThan(40);
    expect(result.byUrl.reduce((s, u) => s + u.requests, 0)).toBe(result.requests);
    expect(result.notFound).toBe(result.byUrl.find((u) => u.path === '/missing')!.requests);
    expect(Object.keys(result.unexpected)).toEqual(['200 /also-fine']);
    expect(result.pass).toBe(false);
  }, 20_000);
});
