/** Every URL path the site links to is built here. */

const paged = (base: string, page = 1) => (page > 1 ? `${base}/page/${page}` : base);

export const homePath = () => '/';
export const blogPath = (page = 1) => paged('/blog', page);
export const postPath = (slug: string) => `/blog/${slug}`;
export const categoriesPath = () => '/blog/category';
export const categoryPath = (slug: string, page = 1) => paged(`/blog/category/${slug}`, page);
export const authorsPath = () => '/blog/author';
export const authorPath = (slug: string, page = 1) => paged(`/blog/author/${slug}`, page);
export const searchPath = (query = '') => (query ? `/search?${new URLSearchParams({ q: query })}` : '/search');

/** Path segments under /blog that a post slug must not take, or its page would be unreachable. */
export const RESERVED_POST_SLUGS = ['page', 'category', 'author'] as const;

/** The generated social cards (each `opengraph-image.tsx` serves its folder's `/opengraph-image`). */
export const siteCardPath = () => '/opengraph-image';
export const postCardPath = (slug: string) => `${postPath(slug)}/opengraph-image`;
export const categoryCardPath = (slug: string) => `${categoryPath(slug)}/opengraph-image`;
export const authorCardPath = (slug: string) => `${authorPath(slug)}/opengraph-image`;

/** Feed files: RSS 2.0 (twice: /rss.xml is the old site's URL), Atom 1.0 and JSON Feed 1.1. */
export const FEED_FILES = ['rss.xml', 'feed.xml', 'atom.xml', 'feed.json'] as const;
export type FeedFile = (typeof FEED_FILES)[number];
export const siteFeedPath = (file: FeedFile) => `/${file}`;
export const categoryFeedPath = (slug: string, file: FeedFile) => `${categoryPath(slug)}/${file}`;
export const authorFeedPath = (slug: string, file: FeedFile) => `${authorPath(slug)}/${file}`;

/** robots.txt (app/robots.ts). */
export const robotsPath = () => '/robots.txt';

/** The sitemap, and its numbered parts when it is split into an index. */
export const sitemapPath = () => '/sitemap.xml';
export const sitemapPartPath = (n: number) => `/sitemaps/${n}.xml`;

/** Decap CMS: its page, and the files beside it (config.json, cms.js, decap-cms.js and its chunks). */
export const adminPath = () => '/admin';
export const adminFilePath = (file: string) => `/admin/${file}`;
/** Under `npm run dev`: the CMS's local backend, decap-server's /api/v1 proxied by next dev (same origin on every address). */
export const cmsLocalApiPath = () => '/admin/api/v1';
