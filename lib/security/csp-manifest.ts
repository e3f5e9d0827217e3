import fs from 'node:fs';
import path from 'node:path';

/**
 * Prerendered pages cannot carry a nonce (they are built once, served many times), so each page's
 * CSP lists the sha256 of its own inline scripts: the theme script, Next's bootstrap and its RSC
 * payload (`self.__next_f.push`), which differs on every page. csp-hashes.ts computes them after
 * the build; this module is what the server reads.
 */
export type CspManifest = {
  /** The hashes of the not-found page, which answers every path that is not a page. */
  notFound: string[];
  /** URL path ("/", "/blog/x") -> the base64 sha256 of each inline script of that page. */
  pages: Record<string, string[]>;
};

/** Where `npm run build` leaves the manifest for `next start`, beside Next's own build output. */
export const CSP_MANIFEST_FILE = path.join('.next', 'csp-manifest.json');

/** The manifest of the build in `dir` (the project root), or null when there is none (next dev). */
export function readCspManifest(dir: string): CspManifest | null {
  const file = path.join(dir, CSP_MANIFEST_FILE);
  if (!fs.existsSync(/* turbopackIgnore: true */ file)) return null;
  return JSON.parse(fs.readFileSync(/* turbopackIgnore: true */ file, 'utf8')) as CspManifest;
}

/** The page a request path names ("/blog/x/" and "/blog/x" alike), or null when it names none. */
export function manifestPage(manifest: CspManifest, pathname: string): string | null {
  const trimmed = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (Object.hasOwn(manifest.pages, trimmed)) return trimmed;
  // File names hold the decoded path; a browser sends non-ASCII segments percent-encoded.
  try {
    const decoded = decodeURIComponent(trimmed);
    return Object.hasOwn(manifest.pages, decoded) ? decoded : null;
  } catch {
    return null;
  }
}

/** The hashes for a request path: its page's, else the not-found page's (which then answers it). */
export function hashesForPath(manifest: CspManifest, pathname: string): string[] {
  const page = manifestPage(manifest, pathname);
  return page === null ? manifest.notFound : (manifest.pages[page] ?? manifest.notFound);
}
