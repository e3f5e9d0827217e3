import fs from 'node:fs';
import path from 'node:path';
import { hashesForPath, type CspManifest } from './csp-manifest';
import { pageSecurityHeaders, type Header } from './headers';
import { etagOf } from '../serving/etags';
import { BODY_EXTENSIONS, builtFiles, isNotFoundFile, pagePath } from '../serving/page-files';

/*
 * Build time only. `next start` serves a prerendered response (page, feed, card, sitemap, and the
 * not-found page that answers any path no route does) with the headers of its `.meta` file, which
 * next build writes beside it: each gets its security headers there, its page's CSP included, so
 * Next sends them itself and an article needs no proxy (proxy.ts; lib/serving/proxy-scope.ts).
 * Each but the not-found page's also gets its ETag there, the hash of the body it describes
 * (lib/serving/etags.ts).
 */

/** Next's own 500 page: never prerendered content, its headers are left to Next. */
const LEFT_AS_THEY_ARE = new Set(['_global-error.meta', '500.meta']);

/** The security headers of the response a `.meta` file (relative to the build folder) describes, or null for none. */
export function metaSecurityHeaders(manifest: CspManifest, relativeMeta: string): Header[] | null {
  if (isNotFoundFile(relativeMeta, '.meta')) return pageSecurityHeaders(manifest.notFound);
  if (LEFT_AS_THEY_ARE.has(relativeMeta)) return null;
  const pathname = pagePath(relativeMeta, '.meta');
  return pathname === null ? null : pageSecurityHeaders(hashesForPath(manifest, pathname));
}

/** A `.meta` file's JSON with `headers` set (by lower-case name, as Next writes its own); other fields kept. */
export function withHeaders(metaJson: string, headers: readonly Header[]): string {
  const meta = JSON.parse(metaJson) as { headers?: Record<string, unknown> };
  const own = Object.fromEntries(Object.entries(meta.headers ?? {}).filter(([key]) => !headers.some((h) => h.key.toLowerCase() === key.toLowerCase())));
  return JSON.stringify({ ...meta, headers: { ...own, ...Object.fromEntries(headers.map(({ key, value }) => [key.toLowerCase(), value])) } });
}

/** The ETag of the response a `.meta` file (full path) describes: its body's hash; null for the not-found page, which answers any path. */
export function metaEtag(fullMeta: string, relativeMeta: string): Header | null {
  if (isNotFoundFile(relativeMeta, '.meta')) return null;
  const stem = fullMeta.slice(0, -'.meta'.length);
  const body = BODY_EXTENSIONS.map((extension) => `${stem}${extension}`).find((file) => fs.existsSync(file));
  return body ? { key: 'ETag', value: etagOf(fs.readFileSync(body)) } : null;
}

/**
 * Writes every `.meta` file below `appDir` (.next/server/app; or those of `metaFiles`, relative to
 * it, when the caller has listed them) with its security headers and ETag.
 * Run after every other change to the bodies (the ASCII pages). A file that already has them is
 * not written again (a second run changes nothing).
 */
export function writeMetaHeaders(appDir: string, manifest: CspManifest, metaFiles: Iterable<string> = builtFiles(appDir, '.meta')): { metas: number; written: number } {
  let metas = 0;
  let written = 0;
  for (const file of metaFiles) {
    const relative = file.split(path.sep).join('/');
    const headers = metaSecurityHeaders(manifest, relative);
    if (!headers) continue;
    metas += 1;
    const full = path.join(appDir, file);
    const etag = metaEtag(full, relative);
    const before = fs.readFileSync(full, 'utf8');
    const after = withHeaders(before, etag ? [...headers, etag] : headers);
    if (after === before) continue;
    fs.writeFileSync(full, after);
    written += 1;
  }
  return { metas, written };
}

/**
 * The routes Next renders at request time under `next start`: dynamic routes whose paths were not
 * all prerendered (`fallback` other than false in .next/prerender-manifest.json; the post cards
 * here). Their responses have no `.meta`, so proxy.ts adds their headers. As regex sources.
 */
export function requestTimeRoutes(projectDir: string): string[] {
  const file = path.join(projectDir, '.next', 'prerender-manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { dynamicRoutes: Record<string, { routeRegex: string; fallback: unknown }> };
  return Object.values(manifest.dynamicRoutes)
    .filter((route) => route.fallback !== false)
    .map((route) => route.routeRegex);
}
