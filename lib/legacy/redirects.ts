import { contentRouteUrls } from '../content/routes';
import { authors, categories, contentPending, everyPost } from '../content/queries';
import {
  FEED_FILES,
  adminPath,
  authorPath,
  authorsPath,
  blogPath,
  categoriesPath,
  categoryPath,
  homePath,
  postPath,
  robotsPath,
  searchPath,
  siteFeedPath,
  sitemapPath,
} from '../paths';
import { personSlug } from '../rules/slug';
import { decodePath, legacyArticlePath, legacyAuthorPath, legacyCategoryPath } from './urls';

/*
 * Every address the old site served that this site serves elsewhere, with the one URL it moved
 * to: derived from the content, never kept by hand. next start answers them from proxy.ts; the
 * static export gets the same table as out/_redirects (Netlify) and out/_nginx-legacy.conf (nginx).
 */

export type LegacyTable = { redirects: Map<string, string>; conflicts: string[] };

/** Pages of this site that are not content routes: a legacy path never shadows one. */
const sitePages = () => [
  homePath(),
  blogPath(),
  categoriesPath(),
  authorsPath(),
  searchPath(),
  adminPath(),
  ...FEED_FILES.map(siteFeedPath),
  sitemapPath(),
  robotsPath(),
];

let siteUrlsCache: { posts: unknown; urls: Set<string> } | null = null;

/** Every URL this site serves a page at, made once per content generation (like the table). */
function siteUrls(): Set<string> {
  const posts = everyPost();
  if (siteUrlsCache?.posts !== posts) {
    const urls = new Set(sitePages());
    for (const list of contentRouteUrls().values()) for (const url of list) urls.add(url);
    siteUrlsCache = { posts, urls };
  }
  return siteUrlsCache.urls;
}

/**
 * The table from the current content: old article paths (seo.url), category and author pages
 * (lodash kebab-case of the label or the whole author string). A multi-author string's old page
 * goes to the first person's page. A path that is a page of this site, or that two targets claim,
 * is left out (the second claim is reported).
 */
export function legacyTable(): LegacyTable {
  const canonical = siteUrls();
  const redirects = new Map<string, string>();
  const conflicts: string[] = [];
  const add = (from: string | null, to: string, why: string) => {
    if (!from || from === to || canonical.has(from) || !canonical.has(to)) return;
    const other = redirects.get(from);
    if (other && other !== to) conflicts.push(`${from} (${why}) would go to ${to}, but already goes to ${other}`);
    else redirects.set(from, to);
  };
  for (const post of everyPost()) {
    add(legacyArticlePath(post.seoUrl), postPath(post.slug), `seo.url of ${post.sourceFile}`);
    const first = post.authors[0];
    if (first) add(legacyAuthorPath(post.authorLine), authorPath(first.slug), `author of ${post.sourceFile}`);
  }
  for (const category of categories()) add(legacyCategoryPath(category.label), categoryPath(category.slug), `category "${category.label}"`);
  for (const author of authors()) {
    add(legacyAuthorPath(author.name), authorPath(author.slug), `author "${author.name}"`);
    if (author.profile) add(legacyAuthorPath(author.profile.authorName), authorPath(personSlug(author.profile.authorName)), `profile of ${author.name}`);
  }
  return { redirects, conflicts };
}

let cached: { posts: unknown; table: LegacyTable } | null = null;

/** The table, made once per content generation (everyPost() is a new array only when the content changed). */
export function legacyRedirects(): Map<string, string> {
  const posts = everyPost();
  if (cached?.posts !== posts) cached = { posts, table: legacyTable() };
  return cached.table.redirects;
}

/**
 * The redirect for a request `pathname` (as it arrives, percent-encoded), or null when it is
 * served as it is: an old address goes straight to its page (301), with or without the old site's
 * trailing slash; any other path ending in "/" only loses it (308).
 */
export function redirect(pathname: string): { location: string; status: 301 | 308 } | null {
  const decoded = decodePath(pathname);
  if (decoded === null) return null;
  const bare = decoded.length > 1 ? decoded.replace(/\/+$/, '') || '/' : decoded;
  // Next's own files and this site's pages are never old addresses: no table for them. Nor is
  // there one while next dev has no content: /admin, where the editor fixes it, must still answer.
  const legacy = bare.startsWith('/_next/') || contentPending() || siteUrls().has(bare) ? undefined : legacyRedirects().get(bare);
  if (legacy) return { location: encodeURI(legacy), status: 301 };
  if (bare === decoded) return null;
  // One leading slash: "//evil.example/" must not become a protocol-relative Location.
  return { location: `/${pathname.replace(/^\/+|\/+$/g, '')}`, status: 308 };
}

/** out/_redirects for Netlify-style hosts: one `from to 301` line per old address (Netlify matches with or without the trailing slash). */
export function netlifyRedirects(table: Map<string, string>): string {
  const lines = [...table].map(([from, to]) => `${encodeURI(from)} ${encodeURI(to)} 301`);
  return `# Old addresses of the blog (lib/legacy/redirects.ts), made by npm run build:static.\n${lines.join('\n')}\n`;
}

const nginxString = (s: string) => `"${s.replace(/["\\$]/g, (c) => (c === '$' ? '${legacy_dollar}' : `\\${c}`))}"`;

/** Longest path the nginx map takes: deploy/nginx.conf sets map_hash_bucket_size 512 (a key and its overhead must fit). */
export const NGINX_MAX_KEY_BYTES = 480;

/**
 * out/_nginx-legacy.conf: an http-level map of decoded paths ($uri), with and without the
 * trailing slash, to the page each moved to; deploy/nginx.conf redirects on it before anything
 * else. (A map, not one `location =` per address: nginx took 5 minutes to load 40,000 of those.)
 */
export function nginxLegacyMap(table: Map<string, string>): string {
  const tooLong = [...table.keys()].filter((k) => Buffer.byteLength(k) + 1 > NGINX_MAX_KEY_BYTES);
  if (tooLong.length > 0) throw new Error(`old addresses longer than ${NGINX_MAX_KEY_BYTES - 1} bytes do not fit nginx's map: ${tooLong.join(', ')}`);
  const entries = [...table].flatMap(([from, to]) => [
    `    ${nginxString(from)} ${nginxString(to)};`,
    `    ${nginxString(`${from}/`)} ${nginxString(to)};`,
  ]);
  return `# Old addresses of the blog (lib/legacy/redirects.ts), made by npm run build:static.\ngeo $legacy_dollar { default "$"; }\nmap $uri $legacy_redirect {\n    default "";\n${entries.join('\n')}\n}\n`;
}
