import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSecurityHeaders, commonSecurityHeaders, pageSecurityHeaders } from './headers';
import { SERVER_HEADERS_FILE, passThroughHeaders } from './server-headers';

// A built project as next start sees it: prerendered files with their .meta, public files, the manifest.
let root: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'server-headers-'));
  const app = path.join(root, '.next', 'server', 'app');
  fs.mkdirSync(path.join(app, 'blog', 'prerendered'), { recursive: true });
  fs.writeFileSync(path.join(app, 'blog', 'prerendered', 'opengraph-image.meta'), '{}');
  fs.mkdirSync(path.join(root, 'public', 'img'), { recursive: true });
  fs.writeFileSync(path.join(root, 'public', 'img', 'a b.png'), '');
  fs.writeFileSync(path.join(root, SERVER_HEADERS_FILE), JSON.stringify({ notFound: ['nf'], requestTimeRoutes: ['^/blog/([^/]+?)/opengraph\\-image(?:/)?$'] }));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('passThroughHeaders under next start', () => {
  it.each(['/', '/blog/page/2', '/rss.xml', '/no-such-page', '/img/no-such.png', '/_next/image', '/blog/prerendered/opengraph-image'])(
    'adds none to GET %s: a prerendered response or the not-found page, which bring theirs from .meta',
    (pathname) => {
      expect(passThroughHeaders('GET', pathname, root)).toEqual([]);
      expect(passThroughHeaders('HEAD', pathname, root)).toEqual([]);
    },
  );

  it("adds them where Next's response has no .meta", () => {
    const page = pageSecurityHeaders(['nf']);
    expect(passThroughHeaders('GET', '/img/a%20b.png', root)).toEqual(page);
    expect(passThroughHeaders('GET', '/blog/any-post/opengraph-image', root)).toEqual(page);
    expect(passThroughHeaders('GET', '/_next/static/chunks/x.js', root)).toEqual(commonSecurityHeaders());
    expect(passThroughHeaders('GET', '/_next/static/no-such.js', root)).toEqual(commonSecurityHeaders());
    expect(passThroughHeaders('GET', '/admin', root)).toEqual(adminSecurityHeaders());
    for (const method of ['POST', 'PUT', 'OPTIONS', 'DELETE']) expect(passThroughHeaders(method, '/', root)).toEqual(page);
  });

  it('refuses to guess without the manifest', () => {
    expect(() => passThroughHeaders('GET', '/', path.join(root, 'public'))).toThrow(/server-headers\.json is missing: build with `npm run build`/);
  });
});
