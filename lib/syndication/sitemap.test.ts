import { describe, expect, it } from 'vitest';
import { sitemapSchemaErrors } from '@/e2e/schemas/sitemap-schema';
import { listPages, sitemapIndexXml, sitemapParts, sitemapRootXml, urlsetXml, type SitemapEntry } from './sitemap';
import { site } from '../site';

const entries = (n: number): SitemapEntry[] =>
  Array.from({ length: n }, (_, i) => ({
    url: `https://blog.example.org/blog/post-${i + 1}`,
    lastModified: new Date(Date.UTC(2024, 0, 1 + i)).toISOString(),
  }));

describe('urlsetXml', () => {
  it('writes one <url> per entry, valid against sitemaps.org sitemap.xsd', () => {
    const xml = urlsetXml(entries(3));
    expect(sitemapSchemaErrors(xml)).toEqual({ root: 'urlset', errors: [] });
    expect(xml.match(/<url>/g)).toHaveLength(3);
    expect(xml).toContain('<url><loc>https://blog.example.org/blog/post-2</loc><lastmod>2024-01-02T00:00:00.000Z</lastmod></url>');
  });

  it('escapes XML in URLs and leaves lastmod out when a page has no date', () => {
    const xml = urlsetXml([{ url: 'https://blog.example.org/search?q=a&b=<c>', lastModified: null }]);
    expect(xml).toContain('<url><loc>https://blog.example.org/search?q=a&amp;b=&lt;c&gt;</loc></url>');
    expect(sitemapSchemaErrors(xml).errors).toEqual([]);
  });

  it('is rejected by the schema when a URL is not absolute enough (the check can fail)', () => {
    const { errors } = sitemapSchemaErrors(urlsetXml([{ url: '/blog', lastModified: 'yesterday' }]));
    expect(errors.length).toBeGreaterThan(0);
  });
});

describe('splitting into a sitemap index', () => {
  it('keeps a single urlset up to the limit', () => {
    const xml = sitemapRootXml(entries(5), 5);
    expect(sitemapSchemaErrors(xml).root).toBe('urlset');
  });

  it('past the limit, writes an index of numbered parts, each valid and within the limit', () => {
    const all = entries(7);
    const root = sitemapRootXml(all, 3);
    expect(sitemapSchemaErrors(root)).toEqual({ root: 'sitemapindex', errors: [] });
    expect([...root.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([
      `${site.url}/sitemaps/1.xml`,
      `${site.url}/sitemaps/2.xml`,
      `${site.url}/sitemaps/3.xml`,
    ]);
    // Each part is dated by its newest entry.
    expect(root).toContain(`<loc>${site.url}/sitemaps/3.xml</loc><lastmod>2024-01-07T00:00:00.000Z</lastmod>`);
    const parts = sitemapParts(all, 3);
    expect(parts.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(parts.flat()).toEqual(all);
    for (const part of parts) expect(sitemapSchemaErrors(urlsetXml(part)).errors).toEqual([]);
  });

  it('the index itself validates against siteindex.xsd, not sitemap.xsd', () => {
    const index = sitemapIndexXml([{ url: 'https://blog.example.org/sitemaps/1.xml', lastModified: null }]);
    expect(sitemapSchemaErrors(index)).toEqual({ root: 'sitemapindex', errors: [] });
  });

  it('always has at least one part, so a static export has a page for the route', () => {
    expect(sitemapParts([], 3)).toEqual([[]]);
    expect(site.sitemapMaxUrls).toBeLessThanOrEqual(50_000);
  });
});

describe('listPages', () => {
  const posts = Array.from({ length: 23 }, (_, i) => ({ publishedAt: `2024-01-${String(23 - i).padStart(2, '0')}T00:00:00.000Z` }));

  it('lists each page of a paginated list, dated by the newest post on it', () => {
    const pages = listPages(posts, (n) => (n > 1 ? `/blog/page/${n}` : '/blog'), 10);
    expect(pages).toEqual([
      { url: `${site.url}/blog`, lastModified: '2024-01-23T00:00:00.000Z' },
      { url: `${site.url}/blog/page/2`, lastModified: '2024-01-13T00:00:00.000Z' },
      { url: `${site.url}/blog/page/3`, lastModified: '2024-01-03T00:00:00.000Z' },
    ]);
  });

  it('an empty list still has its first page, undated', () => {
    expect(listPages([], () => '/blog/author/nobody', 10)).toEqual([{ url: `${site.url}/blog/author/nobody`, lastModified: null }]);
  });
});
