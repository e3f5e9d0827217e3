import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { firstAddedUrls, whenServed } from './events';

const routes = (entries: Record<string, string[]>) => new Map(Object.entries(entries).map(([k, v]) => [k, new Set(v)]));

describe('firstAddedUrls', () => {
  it('gives, for each route that gained URLs, the first new one', () => {
    const before = routes({ '/blog/[slug]': ['/blog/a'], '/blog/page/[page]': [], '/blog/category/[category]': ['/blog/category/x'] });
    const after = routes({
      '/blog/[slug]': ['/blog/a', '/blog/b', '/blog/c'],
      '/blog/page/[page]': ['/blog/page/2'],
      '/blog/category/[category]': ['/blog/category/x'],
    });
    expect(firstAddedUrls(before, after)).toEqual(['/blog/b', '/blog/page/2']);
  });
  it('gives nothing when URLs only went away (a deleted post is a 404 already)', () => {
    expect(firstAddedUrls(routes({ '/blog/[slug]': ['/blog/a', '/blog/b'] }), routes({ '/blog/[slug]': ['/blog/a'] }))).toEqual([]);
  });
});

/** A local server that answers 404 `misses` times, then 200; it counts the requests. */
async function serverMissing(misses: number) {
  let requests = 0;
  const server = http.createServer((req, res) => {
    requests++;
    res.writeHead(requests > misses ? 200 : 404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/blog/new-post`);
  return { url, requests: () => requests, close: () => new Promise((r) => server.close(r)) };
}

describe('whenServed', () => {
  it('asks again until the URL answers 200', async () => {
    const server = await serverMissing(2);
    try {
      expect(await whenServed(server.url, { everyMs: 20, timeoutMs: 5000 })).toBe(true);
      expect(server.requests()).toBe(3);
    } finally {
      await server.close();
    }
  });
  it('gives up after the timeout', async () => {
    const server = await serverMissing(Infinity);
    try {
      expect(await whenServed(server.url, { everyMs: 20, timeoutMs: 200 })).toBe(false);
      expect(server.requests()).toBeGreaterThan(2);
    } finally {
      await server.close();
    }
  });
});
