import { describe, expect, it } from 'vitest';
import { badRequestReason } from './request-guard';

describe('badRequestReason', () => {
  it('lets every URL the site makes through, query included', () => {
    for (const path of ['/', '/blog', '/blog/page/2', '/blog/author/ildik%C3%B3-v%C3%A1ncsa', '/blog/x/opengraph-image', '/_next/static/chunks/a.js']) {
      expect(badRequestReason(path, '')).toBeNull();
    }
    expect(badRequestReason('/search', 'q=%E0%A4%A')).toBeNull();
    expect(badRequestReason('/search', 'q=kata+containers')).toBeNull();
  });

  it('refuses what Next would answer with a 500, or what no page can be', () => {
    expect(badRequestReason('/blog/%E0%A4%A', '')).toBe('malformed percent-encoding in the path');
    expect(badRequestReason('/blog/author/%C0%AF', '')).toBe('malformed percent-encoding in the path');
    expect(badRequestReason('/blog/category/%ZZ', '')).toBe('malformed percent-encoding in the path');
    expect(badRequestReason('/blog/%00', '')).toBe('control character in the path');
    expect(badRequestReason('/blog/a%0Db', '')).toBe('control character in the path');
    expect(badRequestReason('/blog/%7F', '')).toBe('control character in the path');
    expect(badRequestReason('/blog/%2e%2e/x', '')).toBe('path traversal');
    expect(badRequestReason('/blog/a%2Fb', '')).toBe('path traversal');
    expect(badRequestReason('/blog/a%5Cb', '')).toBe('path traversal');
    expect(badRequestReason(`/${'a'.repeat(256)}`, '')).toBe('path segment too long');
    expect(badRequestReason(`/${'a/'.repeat(1025)}`, '')).toBe('path too long');
    expect(badRequestReason('/search', `q=${'a'.repeat(2047)}`)).toBe('query too long');
  });

  it('draws the limits at their values', () => {
    expect(badRequestReason(`/${'a'.repeat(255)}`, '')).toBeNull();
    expect(badRequestReason('/search', 'q'.repeat(2048))).toBeNull();
  });
});
