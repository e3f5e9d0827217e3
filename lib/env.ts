/*
 * Every environment variable the site reads, each read here and nowhere else. Functions, not
 * constants, so a test can change a variable and the next call sees it. No Node imports: client
 * components reach this file through lib/site.ts.
 */

/** SITE_URL: the public origin every absolute URL is built on, without a trailing slash. */
export const siteUrl = (): string => (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

/** CONTENT_DIR: the folder holding posts/ and authors/, as given (relative to the working directory). */
export const contentDir = (): string => process.env.CONTENT_DIR || 'content';

/** CONTENTLAYER_DIR: where contentlayer's output is read from; unset means `.contentlayer/generated` (unit tests point it at fixture output). */
export const contentlayerDir = (): string | null => process.env.CONTENTLAYER_DIR || null;

/** NEXT_OUTPUT=export: `npm run build:static` is building the static export into out/. */
export const isStaticExport = (): boolean => process.env.NEXT_OUTPUT === 'export';

/** NODE_ENV=development: `next dev`, where editors preview hidden posts (Next inlines this in client code). */
export const isDevServer = (): boolean => process.env.NODE_ENV === 'development';

/** NODE_ENV=production: `next build` or `next start` (not next dev, the tests or the build's scripts). */
export const isProduction = (): boolean => process.env.NODE_ENV === 'production';

/** SITEMAP_MAX_URLS: lowers the URLs per sitemap file (tests use it to see the split); never above the protocol's 50,000. */
export const sitemapMaxUrls = (): number => Math.min(50_000, Number(process.env.SITEMAP_MAX_URLS) || 50_000);

/** DECAP_SERVER_PORT: the port of Decap CMS's local backend (decap-server) that `npm run dev` starts for /admin. */
export const decapServerPort = (): number => Number(process.env.DECAP_SERVER_PORT) || 8081;

/** CMS_GITHUB_REPO ("owner/name"): the repository /admin commits posts to in production; unset means lib/site.ts's. */
export const cmsGithubRepo = (): string | null => process.env.CMS_GITHUB_REPO || null;

/** CMS_GITHUB_BRANCH: the branch /admin commits to; unset means lib/site.ts's. */
export const cmsGithubBranch = (): string | null => process.env.CMS_GITHUB_BRANCH || null;

/** CMS_AUTH_URL: the OAuth provider that logs editors in to GitHub (Decap's `base_url`); unset means Netlify's. */
export const cmsAuthUrl = (): string | null => process.env.CMS_AUTH_URL || null;

/** PORT: the port `next dev` and `next start` listen on when no -p is given (Next reads it too). */
export const serverPort = (): string => process.env.PORT || '3000';

/**
 * BUILD_CACHE_DIR: where builds keep what they can reuse (contentlayer's documents, image variants,
 * social cards); unset means `.next/cache`, which hosts and CI keep between builds. Relative to the
 * working directory.
 */
export const buildCacheDir = (): string => process.env.BUILD_CACHE_DIR || '.next/cache';
