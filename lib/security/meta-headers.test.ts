import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pageSecurityHeaders } from './headers';
import { etagOf } from '../serving/etags';
import { metaSecurityHeaders, requestTimeRoutes, withHeaders, writeMetaHeaders } from './meta-headers';

const manifest = { notFound: ['nf'], pages: { '/': ['home'], '/blog/x': ['x'] } };
const asMap = (headers: { key: string; value: string }[]) => Object.fromEntries(headers.map(({ key, value }) => [key.toLowerCase(), value]));

describe('metaSecurityHeaders', () => {
  it("gives each prerendered response its page's headers, the not-found page its own, and Next's 500 page none", () => {
    expect(metaSecurityHeaders(manifest, 'index.meta')).toEqual(pageSecurityHeaders(['home']));
    expect(metaSecurityHeaders(manifest, 'blog/x.meta')).toEqual(pageSecurityHeaders(['x']));
    expect(metaSecurityHeaders(manifest, '_not-found.meta')).toEqual(pageSecurityHeaders(['nf']));
    // A feed or a card is no page: the policy of what answers a path that is not a page.
    expect(metaSecurityHeaders(manifest, 'feed.xml.meta')).toEqual(pageSecurityHeaders(['nf']));
    expect(metaSecurityHeaders(manifest, '_global-error.meta')).toBeNull();
  });
});

describe('withHeaders', () => {
  it("adds the headers by lower-case name and keeps Next's own headers and fields", () => {
    const meta = JSON.stringify({ status: 404, headers: { 'x-nextjs-prerender': '1', 'X-Frame-Options': 'SAMEORIGIN' }, segmentPaths: ['/_tree'] });
    const out = JSON.parse(withHeaders(meta, pageSecurityHeaders(['nf'])));
    expect(out.status).toBe(404);
    expect(out.segmentPaths).toEqual(['/_tree']);
    expect(out.headers).toEqual({ 'x-nextjs-prerender': '1', ...asMap(pageSecurityHeaders(['nf'])) });
  });
  it('gives a file with no headers some', () => {
    expect(JSON.parse(withHeaders('{}', pageSecurityHeaders([]))).headers).toEqual(asMap(pageSecurityHeaders([])));
  });
});

describe('writeMetaHeaders', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes every .meta below the folder once, and a second run changes nothing', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meta-headers-'));
    fs.mkdirSync(path.join(dir, 'blog'));
    const next = (status?: number) => JSON.stringify({ ...(status ? { status } : {}), headers: { 'x-nextjs-prerender': '1' } }, null, 2);
    fs.writeFileSync(path.join(dir, 'index.meta'), next());
    fs.writeFileSync(path.join(dir, 'blog', 'x.meta'), next());
    fs.writeFileSync(path.join(dir, '_not-found.meta'), next(404));
    fs.writeFileSync(path.join(dir, '_global-error.meta'), next(500));
    fs.writeFileSync(path.join(dir, 'feed.xml.meta'), next(200));
    fs.writeFileSync(path.join(dir, 'blog', 'x.html'), '<html></html>');
    fs.writeFileSync(path.join(dir, 'index.html'), '<html>home</html>');
    fs.writeFileSync(path.join(dir, 'feed.xml.body'), '<rss/>');
    fs.writeFileSync(path.join(dir, '_not-found.html'), '<html>404</html>');

    expect(writeMetaHeaders(dir, manifest)).toEqual({ metas: 4, written: 4 });
    const headers = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')).headers;
    expect(headers('blog/x.meta')['content-security-policy']).toBe(asMap(pageSecurityHeaders(['x']))['content-security-policy']);
    expect(headers('_not-found.meta')['content-security-policy']).toBe(asMap(pageSecurityHeaders(['nf']))['content-security-policy']);
    expect(fs.readFileSync(path.join(dir, '_global-error.meta'), 'utf8')).toBe(next(500));
    // Each response's ETag is its own body's hash; the not-found page, which answers any path, has none.
    expect(headers('blog/x.meta').etag).toBe(etagOf('<html></html>'));
    expect(headers('index.meta').etag).toBe(etagOf('<html>home</html>'));
    expect(headers('feed.xml.meta').etag).toBe(etagOf('<rss/>'));
    expect(headers('_not-found.meta').etag).toBeUndefined();

    const inode = fs.statSync(path.join(dir, 'blog', 'x.meta')).ino;
    const mtime = fs.statSync(path.join(dir, 'blog', 'x.meta')).mtimeMs;
    expect(writeMetaHeaders(dir, manifest)).toEqual({ metas: 4, written: 0 });
    expect(fs.statSync(path.join(dir, 'blog', 'x.meta'))).toMatchObject({ ino: inode, mtimeMs: mtime });

    // A body changed after a run (a rebuild): its tag changes with it, never kept from before.
    fs.writeFileSync(path.join(dir, 'blog', 'x.html'), '<html>edited</html>');
    expect(writeMetaHeaders(dir, manifest)).toEqual({ metas: 4, written: 1 });
    expect(headers('blog/x.meta').etag).toBe(etagOf('<html>edited</html>'));
  });
});

describe('requestTimeRoutes', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lists the dynamic routes not limited to their prerendered paths', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meta-headers-'));
    fs.mkdirSync(path.join(dir, '.next'));
    const dynamicRoutes = {
      '/blog/[slug]': { routeRegex: '^/blog/([^/]+?)(?:/)?$', fallback: false },
      '/blog/[slug]/opengraph-image': { routeRegex: '^/blog/([^/]+?)/opengraph\\\\-image(?:/)?$', fallback: null },
    };
    fs.writeFileSync(path.join(dir, '.next', 'prerender-manifest.json'), JSON.stringify({ routes: {}, dynamicRoutes }));
    expect(requestTimeRoutes(dir)).toEqual(['^/blog/([^/]+?)/opengraph\\\\-image(?:/)?$']);
  });
});
