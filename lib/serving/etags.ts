import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { NEXT_ROUTER_PREFETCH_HEADER, NEXT_ROUTER_SEGMENT_PREFETCH_HEADER, NEXT_ROUTER_STATE_TREE_HEADER, RSC_HEADER } from 'next/dist/client/components/app-router-headers';
import { isDevServer } from '../env';
import { pageSecurityHeaders, type Header } from '../security/headers';
import { PAGE_CACHE_CONTROL } from './cache-control';
import { builtAppDir, pageFile } from './page-files';

/*
 * The ETag of a prerendered response under `next start` (a page, a feed, a sitemap, a card), and
 * its 304. Next's own (`generateEtags`) hashes the whole page in JavaScript on every request: 220 of
 * an article's 1,240 µs of CPU (`npm run bench -- --profile`), the largest cost the bare blog's
 * smaller page pays less of. The response is a file that does not change while the server runs, so
 * `npm run build` hashes it once and writes the tag into its `.meta` (lib/security/meta-headers.ts),
 * and Next sends it from there with the security headers (next.config.ts: generateEtags false).
 * A request that holds a tag reaches proxy.ts whatever its path (proxy.ts's matcher), and the proxy
 * answers it with a 304 carrying the headers of the same `.meta`.
 *
 * Weak (`W/`): Next sends one `.meta`'s headers with the page in either coding (gzip or none) and
 * with its RSC payload, so the tag names the page as built, not one byte sequence. The payload is
 * fetched at its own address (`?_rsc=`), so a browser never holds it under the page's; a request
 * for it (an `RSC` header) always gets it whole.
 */

/** A weak ETag of a built response's body: the first 160 bits of its SHA-256, base64url. */
export function etagOf(body: string | Buffer): string {
  return `W/"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
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

/** The `.meta` headers a 304 repeats (RFC 9110 15.4.5: those a cache updates its stored response with). */
const REPEATED = new Set(['etag', ...pageSecurityHeaders([]).map(({ key }) => key.toLowerCase())]);

/**
 * The Vary the response itself is sent with, which its 304 must repeat (RFC 9110 15.4.5): Next's,
 * on every page and route (an RSC payload is asked for at the page's address, by these headers),
 * and the compression's where it compresses: a page, or a route's body (a `.meta` with its
 * Content-Type) that is text, XML or JSON; not an image.
 */
function varyOf(meta: { headers?: Record<string, unknown> }): string {
  const type = meta.headers?.['content-type'];
  const compressed = typeof type !== 'string' || /^(text\/|application\/([\w.-]+\+)?(xml|json)\b)/i.test(type);
  return [RSC_HEADER, NEXT_ROUTER_STATE_TREE_HEADER, NEXT_ROUTER_PREFETCH_HEADER, NEXT_ROUTER_SEGMENT_PREFETCH_HEADER, ...(compressed ? ['Accept-Encoding'] : [])].join(', ');
}

/**
 * The headers of the 304 proxy.ts answers this request with (`root`: the project's folder), or null
 * when the request gets the response whole: it holds no tag, or another one; it is no GET or HEAD,
 * or asks for an RSC payload; nothing prerendered answers the path; under next dev, where nothing
 * has a `.meta`. The `.meta` is read on each such request (a small file, and never a stale tag).
 */
export function notModifiedHeaders(method: string, headers: Headers, pathname: string, root = process.cwd()): Header[] | null {
  if (isDevServer() || (method !== 'GET' && method !== 'HEAD') || headers.has('rsc') || !headers.has('if-none-match')) return null;
  const file = pageFile(pathname, '.meta');
  if (!file) return null;
  let meta: { headers?: Record<string, unknown> };
  try {
    meta = JSON.parse(fs.readFileSync(/* turbopackIgnore: true */ path.join(builtAppDir(root), file), 'utf8'));
  } catch {
    return null;
  }
  const etag = meta.headers?.etag;
  if (typeof etag !== 'string' || !holdsCurrent(headers, etag)) return null;
  const repeated = Object.entries(meta.headers ?? {}).flatMap(([key, value]) => (REPEATED.has(key) && typeof value === 'string' ? [{ key, value }] : []));
  return [...repeated, { key: 'Cache-Control', value: PAGE_CACHE_CONTROL }, { key: 'Vary', value: varyOf(meta) }];
}
