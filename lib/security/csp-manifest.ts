/**
 * Prerendered pages cannot carry a nonce (they are built once, served many times), so each page's
 * CSP lists the sha256 of its own inline scripts: the theme script, Next's bootstrap and its RSC
 * payload (`self.__next_f.push`), which differs on every page. csp-hashes.ts computes them after
 * the build; meta-headers.ts and static-host.ts write each page's policy from them.
 */
export type CspManifest = {
  /** The hashes of the not-found page, which answers every path that is not a page. */
  notFound: string[];
  /** URL path ("/", "/blog/x") -> the base64 sha256 of each inline script of that page. */
  pages: Record<string, string[]>;
};

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
