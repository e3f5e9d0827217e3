import fs from 'node:fs';
import path from 'node:path';

/*
 * How Next names a prerendered page's HTML file, both ways, in one place: the build lists every
 * file (htmlFiles) and asks which URL it answers (the CSP hashes, lib/security/csp-hashes.ts; the
 * ASCII pages, ascii-pages.ts, list them too); next start gets a URL and asks which file answers it
 * (the ETags, lib/serving/etags.ts).
 */

/** Files that are no page a URL reaches: the not-found page (both names) and the 500 page. */
export const NOT_FOUND_FILES = new Set(['_not-found.html', '404.html']);
const IGNORED_FILES = new Set(['_global-error.html', '500.html']);

/** The URL path a built HTML file answers: "blog/x.html" -> "/blog/x", "index.html" -> "/", or null. */
export function pagePath(relativeFile: string): string | null {
  const file = relativeFile.split(path.sep).join('/');
  if (NOT_FOUND_FILES.has(file) || IGNORED_FILES.has(file) || !file.endsWith('.html')) return null;
  const stem = file.slice(0, -'.html'.length);
  if (stem === 'index') return '/';
  return `/${stem.endsWith('/index') ? stem.slice(0, -'/index'.length) : stem}`;
}

/**
 * The file below `.next/server/app` that holds the prerendered page at `pathname` ("/" ->
 * index.html, "/blog/x" -> blog/x.html), or null for a path no page file can answer: Next's own
 * files (`_not-found`, a segment starting with "_"), "/x/index" (Next names "/x" so), dot segments
 * and a "/" or "\\" hidden in a percent-encoded segment.
 */
export function pageFile(pathname: string): string | null {
  if (pathname === '/') return 'index.html';
  const segments = pathname.slice(1).split('/');
  const decoded: string[] = [];
  for (const segment of segments) {
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return null;
    }
    if (!name || name === '.' || name === '..' || name.startsWith('_') || /[/\\\0]/.test(name)) return null;
    decoded.push(name);
  }
  if (decoded.at(-1) === 'index') return null;
  return `${decoded.join('/')}.html`;
}

/** Every .html file below `dir` (a build's .next/server/app, or out/), relative to `root`. */
export function* htmlFiles(dir: string, root = dir): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full, root);
    else if (entry.name.endsWith('.html')) yield path.relative(root, full);
  }
}
