import { describe, expect, it } from 'vitest';
import { hashesForPath } from './csp-manifest';

const manifest = { notFound: ['nf='], pages: { '/': ['home='], '/blog/x': ['x='], '/blog/author/ildikó': ['i='] } };

describe('hashesForPath', () => {
  it("gives a page's own hashes, with or without a trailing slash or percent-encoding", () => {
    expect(hashesForPath(manifest, '/')).toEqual(['home=']);
    expect(hashesForPath(manifest, '/blog/x')).toEqual(['x=']);
    expect(hashesForPath(manifest, '/blog/x/')).toEqual(['x=']);
    expect(hashesForPath(manifest, '/blog/author/ildik%C3%B3')).toEqual(['i=']);
  });

  it("gives any other path the not-found page's hashes, since that page answers it", () => {
    for (const path of ['/blog/y', '/blog/%E0%A4%A', '/rss.xml', '/constructor', '/__proto__']) expect(hashesForPath(manifest, path)).toEqual(['nf=']);
  });
});
