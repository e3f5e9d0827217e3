/**
 * Requests no page of this site can answer, refused before routing: Next's router answers a path
 * segment it cannot percent-decode with a plain-text 500 (its fallback /400 page does not exist
 * in an app-router site), so proxy.ts sends them the not-found page with status 400 instead.
 */

/** Longer than any path the site links to (the longest slug is far shorter); the whole path, raw. */
export const MAX_PATH_LENGTH = 2048;
/** One path segment, raw: file systems and CDNs refuse names past 255 bytes. */
export const MAX_SEGMENT_LENGTH = 255;
/** The raw query string: only /search reads one (?q=), and a query is a few words. */
export const MAX_QUERY_LENGTH = 2048;

/** Decoded control characters (NUL, newlines, DEL…): never part of a URL the site makes. */
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Why a request path and query are refused, or null when they are fine to route. */
export function badRequestReason(rawPath: string, rawQuery: string): string | null {
  if (rawPath.length > MAX_PATH_LENGTH) return 'path too long';
  if (rawQuery.length > MAX_QUERY_LENGTH) return 'query too long';
  for (const segment of rawPath.split('/')) {
    if (segment.length > MAX_SEGMENT_LENGTH) return 'path segment too long';
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return 'malformed percent-encoding in the path';
    }
    if (CONTROL.test(decoded)) return 'control character in the path';
    if (decoded === '..' || decoded.includes('/') || decoded.includes('\\')) return 'path traversal';
  }
  return null;
}
