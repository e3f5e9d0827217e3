import { describe, expect, it } from 'vitest';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { XmlDocument } from 'libxml2-wasm';
import { absoluteHtml, feedDocument, feedHtml, feedHtmlKept, type FeedEntry, type FeedMeta } from './feeds';
import { feedLinks } from './feed-links';
import { site } from '../site';

const O = site.url;

const entries: FeedEntry[] = [
  {
    slug: 'tricky-characters',
    title: 'A & B <C> ]]> “D”',
    description: 'Summary with & and <b>',
    publishedAt: '2024-05-02T10:00:00.000Z',
    authors: [
      { slug: 'jane-doe', name: 'Jane Doe' },
      { slug: 'jo-ng', name: 'Jo Ng' },
    ],
    categories: [{ slug: 'news-announcements', label: 'News & Announcements' }],
    image: null,
    html: '<p>See <a href="/blog/other">other</a>, <a href="#part-2">part 2</a> and <img src="img/a.png" alt="a"> ]]> end.</p>',
  },
  {
    slug: 'older-post',
    title: 'Ελληνικά, Русский, 日本語 🎉',
    description: 'Older',
    publishedAt: '2023-01-15T08:30:00.000Z',
    authors: [{ slug: 'jane-doe', name: 'Jane Doe' }],
    categories: [{ slug: 'community', label: 'Community' }],
    image: '/images/own-card.png',
    html: '<p><a href="https://example.org/x">outside</a></p>',
  },
];

const meta = (file: FeedMeta['file']): FeedMeta => ({ scope: { kind: 'site' }, file, description: 'The blog', pagePath: '/' });
const wellFormed = (xml: string) => {
  // libxml2 is a strict XML parser: it throws on anything that is not well-formed.
  XmlDocument.fromString(xml).dispose();
  return true;
};

describe('absoluteHtml', () => {
  const base = `${O}/blog/a-post`;

  it('makes relative links, images, srcset candidates and anchors absolute against the post URL', () => {
    const html = absoluteHtml(
      '<p><a href="/blog/b">b</a><a href="#top">top</a><img src="pic.png" srcset="/x.png 1x, y.png 2x" alt=""><video poster="/p.jpg"></video></p>',
      base,
    );
    expect(html).toBe(
      `<p><a href="${O}/blog/b">b</a><a href="${O}/blog/a-post#top">top</a>` +
        `<img src="${O}/blog/pic.png" srcset="${O}/x.png 1x, ${O}/blog/y.png 2x" alt=""><video poster="${O}/p.jpg"></video></p>`,
    );
  });

  it('leaves absolute and mailto: URLs as they are', () => {
    const html = '<p><a href="https://example.org/a?b=1#c">x</a><a href="mailto:hi@example.org">m</a></p>';
    expect(absoluteHtml(html, base)).toBe(html);
  });
});

describe('feedHtml (one parse per post, not per feed)', () => {
  const url = `${O}/blog/edited-post`;

  it('gives what absoluteHtml gives, and the same again for the same body', () => {
    const html = '<p><a href="/blog/b">b</a><img src="pic.png" alt=""></p>';
    expect(feedHtml(html, url)).toBe(absoluteHtml(html, url));
    expect(feedHtml(`${html}`, url)).toBe(absoluteHtml(html, url));
  });

  it('gives the new body once the post is edited (next dev), not the one it kept', () => {
    feedHtml('<p><a href="/blog/old">old</a></p>', url);
    expect(feedHtml('<p><a href="/blog/new">new</a></p>', url)).toBe(`<p><a href="${O}/blog/new">new</a></p>`);
  });

  it('keeps one entry per post and at most 2,000 posts', () => {
    const before = feedHtmlKept();
    feedHtml('<p>x</p>', url);
    expect(feedHtmlKept()).toBe(before);
    for (let i = 0; i < 2100; i++) feedHtml(`<p>${i}</p>`, `${O}/blog/post-${i}`);
    expect(feedHtmlKept()).toBe(2000);
  });
});

describe('RSS 2.0', () => {
  const xml = feedDocument(meta('rss.xml'), entries);
  const feed = parseRssFeed(xml);

  it('is well-formed XML and parses as RSS with every entry, newest first', () => {
    expect(wellFormed(xml)).toBe(true);
    expect(feed.items?.map((i) => i.title)).toEqual(['A & B <C> ]]> “D”', 'Ελληνικά, Русский, 日本語 🎉']);
    expect(feed.items?.map((i) => i.link)).toEqual([`${O}/blog/tricky-characters`, `${O}/blog/older-post`]);
  });

  it('dates items and the channel by publication, not by build time', () => {
    expect(feed.items?.map((i) => i.pubDate)).toEqual(['Thu, 02 May 2024 10:00:00 GMT', 'Sun, 15 Jan 2023 08:30:00 GMT']);
    expect(feed.lastBuildDate).toBe('Thu, 02 May 2024 10:00:00 GMT');
  });

  it('names people with dc:creator (RSS author must be an e-mail) and categories with their page', () => {
    expect(feed.items?.[0]?.dc?.creators).toEqual(['Jane Doe, Jo Ng']);
    expect(feed.items?.[0]?.authors).toBeUndefined();
    expect(feed.items?.[0]?.categories).toEqual([{ name: 'News & Announcements', domain: `${O}/blog/category/news-announcements` }]);
  });

  it('carries the full HTML with absolute URLs', () => {
    expect(feed.items?.[0]?.content?.encoded).toBe(
      `<p>See <a href="${O}/blog/other">other</a>, <a href="${O}/blog/tricky-characters#part-2">part 2</a> and <img src="${O}/blog/img/a.png" alt="a"> ]]> end.</p>`,
    );
  });

  it('links to itself by the URL it is served at: /rss.xml and /feed.xml each name themselves', () => {
    expect(feed.atom?.links).toEqual([{ href: `${O}/rss.xml`, rel: 'self', type: 'application/rss+xml' }]);
    expect(parseRssFeed(feedDocument(meta('feed.xml'), entries)).atom?.links?.[0]?.href).toBe(`${O}/feed.xml`);
  });
});

describe('Atom 1.0', () => {
  const xml = feedDocument(meta('atom.xml'), entries);
  const feed = parseAtomFeed(xml);

  it('is well-formed and has id, self link, updated and every entry', () => {
    expect(wellFormed(xml)).toBe(true);
    expect(feed.id).toBe(`${O}/`);
    expect(feed.updated).toBe('2024-05-02T10:00:00.000Z');
    expect(feed.links).toContainEqual({ href: `${O}/atom.xml`, rel: 'self' });
    expect(feed.entries?.map((e) => e.id)).toEqual([`${O}/blog/tricky-characters`, `${O}/blog/older-post`]);
  });

  it('gives each entry its authors with their pages, its categories and its dates', () => {
    const [first] = feed.entries ?? [];
    expect(first?.authors).toEqual([
      { name: 'Jane Doe', uri: `${O}/blog/author/jane-doe` },
      { name: 'Jo Ng', uri: `${O}/blog/author/jo-ng` },
    ]);
    expect(first?.categories).toEqual([{ term: 'news-announcements', scheme: `${O}/blog/category`, label: 'News & Announcements' }]);
    expect(first?.published).toBe('2024-05-02T10:00:00.000Z');
    expect(first?.content?.type).toBe('html');
  });
});

describe('JSON Feed 1.1', () => {
  const text = feedDocument(meta('feed.json'), entries);
  const raw = JSON.parse(text);
  const feed = parseJsonFeed(raw);

  it('declares version 1.1 and uses `authors`, not the 1.0 `author`', () => {
    expect(raw.version).toBe('https://jsonfeed.org/version/1.1');
    expect(raw.author).toBeUndefined();
    expect(raw.items[0].author).toBeUndefined();
    expect(feed.language).toBe('en');
    expect(feed.feed_url).toBe(`${O}/feed.json`);
  });

  it('lists items with HTML, dates, tags, authors and the card image (seo.image when given)', () => {
    expect(feed.items?.map((i) => i.url)).toEqual([`${O}/blog/tricky-characters`, `${O}/blog/older-post`]);
    expect(feed.items?.[0]?.date_published).toBe('2024-05-02T10:00:00.000Z');
    expect(feed.items?.[0]?.tags).toEqual(['News & Announcements']);
    expect(feed.items?.[1]?.authors).toEqual([{ name: 'Jane Doe', url: `${O}/blog/author/jane-doe` }]);
    expect(feed.items?.[0]?.image).toBe(`${O}/blog/tricky-characters/opengraph-image`);
    expect(feed.items?.[1]?.image).toBe(`${O}/images/own-card.png`);
    expect(feed.items?.[0]?.content_html).toContain(`<a href="${O}/blog/other">`);
  });
});

describe('feedLinks', () => {
  it('announces one RSS, Atom and JSON feed per scope, with its media type and title', () => {
    expect(feedLinks({ kind: 'category', slug: 'community', label: 'Community' })).toEqual([
      { format: 'rss', label: 'RSS', type: 'application/rss+xml', path: '/blog/category/community/rss.xml', title: `${site.name}: Community (RSS)` },
      { format: 'atom', label: 'Atom', type: 'application/atom+xml', path: '/blog/category/community/atom.xml', title: `${site.name}: Community (Atom)` },
      { format: 'json', label: 'JSON Feed', type: 'application/feed+json', path: '/blog/category/community/feed.json', title: `${site.name}: Community (JSON Feed)` },
    ]);
    expect(feedLinks({ kind: 'author', slug: 'jane-doe', name: 'Jane Doe' })[0]?.path).toBe('/blog/author/jane-doe/rss.xml');
    expect(feedLinks({ kind: 'site' }).map((l) => l.path)).toEqual(['/rss.xml', '/atom.xml', '/feed.json']);
  });
});
