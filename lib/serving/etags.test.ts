import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageSecurityHeaders } from '../security/headers';
import { PAGE_CACHE_CONTROL } from './cache-control';
import { etagOf, holdsCurrent, notModifiedHeaders } from './etags';

describe('etagOf', () => {
  it('is a weak tag that differs with the body', () => {
    expect(etagOf('<p>a</p>')).toMatch(/^W\/"[A-Za-z0-9_-]{27}"$/);
    expect(etagOf('<p>a</p>')).toBe(etagOf(Buffer.from('<p>a</p>')));
    expect(etagOf('<p>a</p>')).not.toBe(etagOf('<p>b</p>'));
  });
});

describe('holdsCurrent', () => {
  const etag = etagOf('page');
  const headers = (init: Record<string, string>) => new Headers(init);

  it('matches the tag, its strong form, one of a list and *', () => {
    expect(holdsCurrent(headers({ 'if-none-match': etag }), etag)).toBe(true);
    expect(holdsCurrent(headers({ 'if-none-match': etag.slice(2) }), etag)).toBe(true);
    expect(holdsCurrent(headers({ 'if-none-match': `"other", ${etag}` }), etag)).toBe(true);
    expect(holdsCurrent(headers({ 'if-none-match': '*' }), etag)).toBe(true);
  });

  it('does not match another tag, no header, or a request that says no-cache', () => {
    expect(holdsCurrent(headers({ 'if-none-match': etagOf('another page') }), etag)).toBe(false);
    expect(holdsCurrent(headers({}), etag)).toBe(false);
    expect(holdsCurrent(headers({ 'if-none-match': etag, 'cache-control': 'no-cache' }), etag)).toBe(false);
    expect(holdsCurrent(headers({ 'if-none-match': etag, 'cache-control': 'max-age=0' }), etag)).toBe(true);
  });
});

describe('notModifiedHeaders', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'etags-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const app = path.join(root, '.next', 'server', 'app');
  fs.mkdirSync(path.join(app, 'blog'), { recursive: true });
  const security = Object.fromEntries(pageSecurityHeaders(['x']).map(({ key, value }) => [key.toLowerCase(), value]));
  // As Next writes them: a page's .meta has no Content-Type, a route's (feed, card) has its own.
  const writeMeta = (file: string, etag: string, type?: string) =>
    fs.writeFileSync(path.join(app, file), JSON.stringify({ headers: { 'x-nextjs-prerender': '1', ...(type ? { 'content-type': type } : {}), ...security, etag } }));
  const article = etagOf('article');
  writeMeta('blog/x.meta', article);
  writeMeta('feed.xml.meta', etagOf('feed'), 'application/rss+xml; charset=utf-8');
  writeMeta('opengraph-image.meta', etagOf('card'), 'image/png');
  const holding = (tag: string, more: Record<string, string> = {}) => new Headers({ 'if-none-match': tag, ...more });
  const asMap = (headers: { key: string; value: string }[]) => Object.fromEntries(headers.map(({ key, value }) => [key.toLowerCase(), value]));

  it("answers a request holding the response's tag with the tag, its security headers and the page's Cache-Control", () => {
    const headers = notModifiedHeaders('GET', holding(article), '/blog/x', root);
    expect(asMap(headers!)).toEqual({
      ...security,
      etag: article,
      'cache-control': PAGE_CACHE_CONTROL,
      vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding',
    });
    expect(notModifiedHeaders('HEAD', holding(article), '/blog/x', root)).not.toBeNull();
  });

  it("repeats the Vary of a route's body: Next's, and the compression's for text, not for an image", () => {
    const next = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch';
    expect(asMap(notModifiedHeaders('GET', holding(etagOf('feed')), '/feed.xml', root)!).vary).toBe(`${next}, Accept-Encoding`);
    expect(asMap(notModifiedHeaders('GET', holding(etagOf('card')), '/opengraph-image', root)!).vary).toBe(next);
  });

  it('lets every other request through to Next, which sends the response whole', () => {
    expect(notModifiedHeaders('GET', holding(etagOf('last build')), '/blog/x', root)).toBeNull();
    expect(notModifiedHeaders('GET', new Headers(), '/blog/x', root)).toBeNull();
    expect(notModifiedHeaders('POST', holding(article), '/blog/x', root)).toBeNull();
    // An RSC payload is served with the same .meta, so with the same tag: it is always sent whole.
    expect(notModifiedHeaders('GET', holding(article, { rsc: '1' }), '/blog/x', root)).toBeNull();
    expect(notModifiedHeaders('GET', holding(article, { 'cache-control': 'no-cache' }), '/blog/x', root)).toBeNull();
    // Nothing prerendered there (the not-found page answers), or no file a URL can name.
    expect(notModifiedHeaders('GET', holding('*'), '/blog/y', root)).toBeNull();
    expect(notModifiedHeaders('GET', holding('*'), '/_not-found', root)).toBeNull();
    expect(notModifiedHeaders('GET', holding('*'), '/blog/..%2F..%2Fetc', root)).toBeNull();
  });

  it('reads the tag the build wrote last, never one it held before', () => {
    expect(notModifiedHeaders('GET', holding(article), '/blog/x', root)).not.toBeNull();
    writeMeta('blog/x.meta', etagOf('article, edited'));
    expect(notModifiedHeaders('GET', holding(article), '/blog/x', root)).toBeNull();
    expect(notModifiedHeaders('GET', holding(etagOf('article, edited')), '/blog/x', root)).not.toBeNull();
  });
});
