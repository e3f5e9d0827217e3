import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixtureGenerated } from '../../test/global-setup';
import { reachesProxy } from '../../test/proxy-matcher';

// The table from test/fixtures/archive as `npm run import -- --archive` brings it in (global setup).
type Redirects = typeof import('./redirects');
let legacy: Redirects;
beforeAll(async () => {
  vi.stubEnv('CONTENTLAYER_DIR', fixtureGenerated('archive'));
  vi.stubEnv('CONTENT_DIR', path.resolve('.contentlayer/test/archive-content'));
  vi.resetModules();
  legacy = await import('./redirects');
});
afterAll(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('legacyTable', () => {
  it('sends every old article, category and author address to its page, and nothing else', () => {
    const { redirects, conflicts } = legacy.legacyTable();
    expect(conflicts).toEqual([]);
    expect(Object.fromEntries(redirects)).toEqual({
      '/blog/OISEU_programming_cicd': '/blog/oiseu-programming-cicd',
      '/blog/Zuul+Nodepool_Update': '/blog/zuul-nodepool-update',
      '/blog/openinfra.dev/blog/doubled-url-post': '/blog/doubled-url-post',
      '/blog/author/jimmy-mc-arthur': '/blog/author/jimmy-mcarthur',
      // A multi-author page of the old site goes to its first person's page.
      '/blog/author/jeremy-stanley-and-clark-boylan': '/blog/author/jeremy-stanley',
      '/blog/author/21-cto': '/blog/author/21cto',
      '/blog/category/open-infra-labs': '/blog/category/openinfra-labs',
      '/blog/category/open-stack': '/blog/category/openstack',
      '/blog/category/starling-x': '/blog/category/starlingx',
      '/blog/category/5-g-edge': '/blog/category/5g-edge',
    });
  });
  it('has no old address that skips proxy.ts (articles do: lib/serving/proxy-scope.ts)', () => {
    for (const from of legacy.legacyTable().redirects.keys()) expect(reachesProxy(from), from).toBe(true);
  });
});

describe('redirect', () => {
  it('answers an old address, with or without its trailing slash or escapes, in one hop', () => {
    expect(legacy.redirect('/blog/OISEU_programming_cicd/')).toEqual({ location: '/blog/oiseu-programming-cicd', status: 301 });
    expect(legacy.redirect('/blog/Zuul%2BNodepool_Update')).toEqual({ location: '/blog/zuul-nodepool-update', status: 301 });
    expect(legacy.redirect('/blog/author/jimmy-mc-arthur/')).toEqual({ location: '/blog/author/jimmy-mcarthur', status: 301 });
  });
  it('strips a trailing slash from any other path, and leaves pages alone', () => {
    expect(legacy.redirect('/blog/')).toEqual({ location: '/blog', status: 308 });
    expect(legacy.redirect('/blog/oiseu-programming-cicd/')).toEqual({ location: '/blog/oiseu-programming-cicd', status: 308 });
    expect(legacy.redirect('/blog/oiseu-programming-cicd')).toBeNull();
    expect(legacy.redirect('/')).toBeNull();
    expect(legacy.redirect('/blog/%E0%A4%A')).toBeNull();
    // Never a protocol-relative Location (an open redirect to another host).
    expect(legacy.redirect('//evil.example/')).toEqual({ location: '/evil.example', status: 308 });
    expect(legacy.redirect('///')).toEqual({ location: '/', status: 308 });
  });
  it('never sends a redirect to another redirect', () => {
    const { redirects } = legacy.legacyTable();
    for (const target of redirects.values()) expect(legacy.redirect(target)).toBeNull();
  });
  it('under next dev with no content (a refused first generation), knows no old address and does not fail: /admin answers', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    vi.stubEnv('CONTENTLAYER_DIR', 'test/fixtures/no-such-folder');
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('openinfra.content.store')];
    vi.resetModules();
    try {
      const pending = await import('./redirects');
      expect(pending.redirect('/admin')).toBeNull();
      expect(pending.redirect('/blog/OISEU_programming_cicd')).toBeNull();
      expect(pending.redirect('/blog/OISEU_programming_cicd/')).toEqual({ location: '/blog/OISEU_programming_cicd', status: 308 });
    } finally {
      vi.stubEnv('NODE_ENV', 'test');
      vi.stubEnv('CONTENTLAYER_DIR', fixtureGenerated('archive'));
    }
  });
});

describe('the static hosts get the same table', () => {
  it('writes Netlify _redirects lines and an nginx map with and without the slash', () => {
    const table = new Map([['/blog/Zuul+Nodepool_Update', '/blog/zuul-nodepool-update'], ['/blog/café "x"', '/blog/cafe-x']]);
    expect(legacy.netlifyRedirects(table).split('\n').slice(1)).toEqual([
      '/blog/Zuul+Nodepool_Update /blog/zuul-nodepool-update 301',
      '/blog/caf%C3%A9%20%22x%22 /blog/cafe-x 301',
      '',
    ]);
    const map = legacy.nginxLegacyMap(table);
    expect(map).toContain('    "/blog/Zuul+Nodepool_Update" "/blog/zuul-nodepool-update";\n    "/blog/Zuul+Nodepool_Update/" "/blog/zuul-nodepool-update";');
    expect(map).toContain('    "/blog/café \\"x\\"" "/blog/cafe-x";');
  });

  it("refuses a path too long for nginx's map buckets, naming it", () => {
    const long = `/blog/${'x'.repeat(500)}`;
    expect(() => legacy.nginxLegacyMap(new Map([[long, '/blog/x']]))).toThrow(`do not fit nginx's map: ${long}`);
  });
});
