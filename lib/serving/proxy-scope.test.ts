import { describe, expect, it } from 'vitest';
import { config } from '../../proxy';
import { reachesProxy } from '../../test/proxy-matcher';
import { legacyArticlePath } from '../legacy/urls';
import { postPath } from '../paths';
import { postSlug } from '../rules/slug';
import { PROXY_CONDITIONAL, PROXY_MATCHER } from './proxy-scope';

describe("proxy.ts's matcher", () => {
  it('is the rule of proxy-scope.ts (Next reads the literal, so it is written twice)', () => {
    expect(config.matcher).toEqual([PROXY_MATCHER, PROXY_CONDITIONAL]);
  });

  it.each(['/blog/openinfra-foundation-welcomes-microsoft', '/blog/no-such-post', '/', '/rss.xml'])('runs for %s when the request holds an ETag', (pathname) => {
    expect(reachesProxy(pathname, { 'if-none-match': 'W/"x"' })).toBe(true);
    expect(reachesProxy(pathname, { 'if-none-match': '*' })).toBe(true);
  });

  it('skips an article path for a request with other headers', () => {
    expect(reachesProxy('/blog/openinfra-foundation-welcomes-microsoft', { 'if-modified-since': 'Sun, 06 Dec 2026 13:37:20 GMT', rsc: '1' })).toBe(false);
  });

  it.each(['/blog/openinfra-foundation-welcomes-microsoft', '/blog/a', '/blog/2024', '/blog/zuul-4-0-released', '/blog/no-such-post', '/blog/category', '/blog/author'])(
    'skips the article path %s',
    (pathname) => {
      expect(reachesProxy(pathname)).toBe(false);
    },
  );

  it.each([
    '/',
    '/blog',
    '/blog/blog',
    '/blog/Some-Post',
    '/blog/OISEU_programming_cicd',
    '/blog/Zuul+Nodepool_Update',
    '/blog/x/',
    '/blog/x.html',
    '/blog/x.rsc',
    '/blog/a--b',
    '/blog/-a',
    '/blog/a-',
    '/blog/caf%C3%A9',
    '/blog/x%2F..',
    '/blog/x/opengraph-image',
    '/blog/page/2',
    '/blog/category/openstack',
    '/blog/openinfra.dev/blog/x',
    '/admin',
    '/rss.xml',
    '/_next/static/chunks/x.js',
    '/img/x.png',
    '/no-such-page',
  ])('runs for %s', (pathname) => {
    expect(reachesProxy(pathname)).toBe(true);
  });
});

describe('old article addresses', () => {
  // seo.url as the archive has it: each old address is its post's own page, or reaches the proxy that redirects it.
  it.each([
    'https://openinfra.dev/blog/openinfra-summit-recap',
    'https://openinfra.dev/blog/openinfra-summit-recap/',
    'https://openinfra.dev/blog/Openinfra-Summit-Recap',
    'https://openinfra.dev/blog/OISEU_programming_cicd',
    'https://openinfra.dev/blog/Zuul+Nodepool_Update',
    'https://openinfra.dev/blog/summit-recap.html',
    'https://openinfra.dev/blog/openinfra.dev/blog/doubled-url-post',
    'https://openinfra.dev/blog/blog',
    'https://openinfra.dev/blog/',
    'https://openinfra.dev/summit-recap',
    'https://openinfra.dev/blog/summit--recap',
    'https://openinfra.dev/blog/caf%C3%A9-open',
    'https://openinfra.dev/blog/%61bc',
    'https://openinfra.dev/blog/x?utm=1',
    'summit-recap',
    '/blog/Summit-Recap',
  ])('%s: the page itself, or the proxy', (seoUrl) => {
    const page = postPath(postSlug(seoUrl, 'A Title For The Post'));
    const old = legacyArticlePath(seoUrl);
    if (old !== null && old !== page) expect(reachesProxy(old), `${old} -> ${page}`).toBe(true);
  });
});
