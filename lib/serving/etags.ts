import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isDevServer } from '../env';
import { pageFile } from './page-files';

/*
 * The ETag of a prerendered page under `next start`, sent by proxy.ts instead of Next's own
 * (next.config.ts sets generateEtags: false). Next hashes the whole HTML in JavaScript on every
 * request (FNV-1a over 47 KB: about 150 µs of each article request's ~1,200 µs of CPU, measured by
 * `npm run bench -- --profile`). The page is a file that does not change while the server runs, so
 * its hash is taken once, from the file Next serves, and taken again if the file changes (size or
 * time); proxy.ts answers a matching If-None-Match with 304 itself.
 */

/** How long a page may be used without asking again; then a browser revalidates it with its ETag. */
export const PAGE_CACHE_CONTROL = 'public, max-age=300, must-revalidate';

/** A strong ETag of a body: the first 160 bits of its SHA-256, base64url. */
export function etagOf(body: string | Buffer): string {
  return `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

type Entry = { size: number; mtimeMs: number; etag: string };
const MAX_ENTRIES = 50_000;

/** The ETags of the pages of one build folder (`.next/server/app`), each read once per version of its file. */
export function pageEtags(appDir: string) {
  const known = new Map<string, Entry>();
  return (pathname: string): string | null => {
    const file = pageFile(pathname);
    if (!file) return null;
    const full = path.join(/* turbopackIgnore: true */ appDir, file);
    const stat = fs.statSync(/* turbopackIgnore: true */ full, { throwIfNoEntry: false });
    if (!stat?.isFile()) return null;
    const entry = known.get(file);
    if (entry && entry.size === stat.size && entry.mtimeMs === stat.mtimeMs) return entry.etag;
    const etag = etagOf(fs.readFileSync(/* turbopackIgnore: true */ full));
    if (known.size >= MAX_ENTRIES) known.clear();
    known.set(file, { size: stat.size, mtimeMs: stat.mtimeMs, etag });
    return etag;
  };
}

/**
 * Whether a request that sent these headers already holds the representation tagged `etag`
 * (RFC 9110 13.1.2, the weak comparison If-None-Match uses); a request that says
 * `Cache-Control: no-cache` wants the page whatever it holds, as Next's own check (`fresh`) has it.
 */
export function holdsCurrent(headers: Headers, etag: string): boolean {
  const ifNoneMatch = headers.get('if-none-match');
  if (!ifNoneMatch) return false;
  if (/(?:^|,)\s*no-cache\s*(?:,|$)/i.test(headers.get('cache-control') ?? '')) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

let builtPages: ((pathname: string) => string | null) | undefined;

/**
 * The ETag proxy.ts sends with the response to this request under `next start`: a prerendered
 * page's, for a GET or HEAD of its HTML; null for anything else, and under `next dev`. A request
 * with an `RSC` header gets the page's RSC payload, not its HTML, so no ETag.
 */
export function requestEtag(method: string, headers: Headers, pathname: string): string | null {
  if (isDevServer() || (method !== 'GET' && method !== 'HEAD') || headers.has('rsc')) return null;
  builtPages ??= pageEtags(path.join(/* turbopackIgnore: true */ process.cwd(), '.next', 'server', 'app'));
  return builtPages(pathname);
}
