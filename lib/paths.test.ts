import { describe, expect, it } from 'vitest';
import {
  FEED_FILES,
  authorCardPath,
  authorFeedPath,
  authorPath,
  authorsPath,
  blogPath,
  categoriesPath,
  categoryCardPath,
  categoryFeedPath,
  categoryPath,
  homePath,
  postCardPath,
  postPath,
  robotsPath,
  searchPath,
  siteCardPath,
  siteFeedPath,
  sitemapPartPath,
  sitemapPath,
} from './paths';

describe('paths', () => {
  it('builds the list URLs, page 1 at the list itself and /page/N after', () => {
    expect([homePath(), blogPath(), blogPath(1), blogPath(2), blogPath(12)]).toEqual(['/', '/blog', '/blog', '/blog/page/2', '/blog/page/12']);
    expect([categoriesPath(), categoryPath('news-announcements'), categoryPath('news-announcements', 3)]).toEqual([
      '/blog/category',
      '/blog/category/news-announcements',
      '/blog/category/news-announcements/page/3',
    ]);
    expect([authorsPath(), authorPath('ildiko-vancsa'), authorPath('ildiko-vancsa', 2)]).toEqual([
      '/blog/author',
      '/blog/author/ildiko-vancsa',
      '/blog/author/ildiko-vancsa/page/2',
    ]);
  });

  it('puts a post at /blog/<slug>, its card beside it', () => {
    expect(postPath('the-openinfra-community-is-thriving')).toBe('/blog/the-openinfra-community-is-thriving');
    expect([siteCardPath(), postCardPath('x'), categoryCardPath('zuul'), authorCardPath('ada')]).toEqual([
      '/opengraph-image',
      '/blog/x/opengraph-image',
      '/blog/category/zuul/opengraph-image',
      '/blog/author/ada/opengraph-image',
    ]);
  });

  it('names every feed file at the root and under each category and author; /rss.xml stays the old site URL', () => {
    expect(FEED_FILES).toEqual(['rss.xml', 'feed.xml', 'atom.xml', 'feed.json']);
    expect(FEED_FILES.map(siteFeedPath)).toEqual(['/rss.xml', '/feed.xml', '/atom.xml', '/feed.json']);
    expect(categoryFeedPath('zuul', 'atom.xml')).toBe('/blog/category/zuul/atom.xml');
    expect(authorFeedPath('ada', 'feed.json')).toBe('/blog/author/ada/feed.json');
  });

  it('encodes a search query and leaves /search bare without one', () => {
    expect(searchPath()).toBe('/search');
    expect(searchPath('kata containers & zuul')).toBe('/search?q=kata+containers+%26+zuul');
  });

  it('numbers the sitemap parts', () => {
    expect([sitemapPath(), sitemapPartPath(1), sitemapPartPath(7), robotsPath()]).toEqual(['/sitemap.xml', '/sitemaps/1.xml', '/sitemaps/7.xml', '/robots.txt']);
  });
});
