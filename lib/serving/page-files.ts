import fs from 'node:fs';
import path from 'node:path';

/*
 * How Next names a prerendered response's files, both ways, in one place: the build lists every
 * file (builtFiles) and asks which URL it answers (the CSP hashes, lib/security/csp-hashes.ts; the
 * headers in each `.meta`, lib/security/meta-headers.ts; the ASCII pages, ascii-pages.ts); next
 * start gets a URL and asks which file answers it (lib/security/server-headers.ts).
 */

/** Where next build leaves the prerendered responses' files, below the project's folder `root`. */
export const builtAppDir = (root: string): string => path.join(/* turbopackIgnore: true */ root, '.next', 'server', 'app');

/** The extensions Next gives a prerendered response's body: a page's HTML, a route's (feed, sitemap, card) body. */
export const BODY_EXTENSIONS = ['.html', '.body'] as const;

/** Files that are no page a URL reaches: the not-found page (both names) and the 500 page. */
export const NOT_FOUND_FILES = new Set(['_not-found.html', '404.html']);
const IGNORED_FILES = new Set(['_global-error.html', '500.html']);

/** Whether a built file (its path relative to the build folder) is the not-found page's, with any extension. */
export function isNotFoundFile(relativeFile: string, extension = '.html'): boolean {
  return relativeFile.endsWith(extension) && NOT_FOUND_FILES.has(`${relativeFile.slice(0, -extension.length)}.html`);
}

/**
 * The URL path a built file answers: "blog/x.html" -> "/blog/x", "index.html" -> "/", or null.
 * Another `extension` names Next's other files of a response: "feed.xml.meta" -> "/feed.xml".
 */
export function pagePath(relativeFile: string, extension = '.html'): string | null {
  const file = relativeFile.split(path.sep).join('/');
  if (!file.endsWith(extension)) return null;
  const stem = file.slice(0, -extension.length);
  if (NOT_FOUND_FILES.has(`${stem}.html`) || IGNORED_FILES.has(`${stem}.html`)) return null;
  if (stem === 'index') return '/';
  return `/${stem.endsWith('/index') ? stem.slice(0, -'/index'.length) : stem}`;
}

/**
 * The file below `.next/server/app` that holds the prerendered page at `pathname` ("/" ->
 * index.html, "/blog/x" -> blog/x.html; with `extension` ".meta", its headers), or null for a path
 * no page file can answer: Next's own files (`_not-found`, a segment starting with "_"),
 * "/x/index" (Next names "/x" so), dot segments and a "/" or "\\" hidden in a percent-encoded segment.
 */
export function pageFile(pathname: string, extension = '.html'): string | null {
  if (pathname === '/') return `index${extension}`;
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
  return `${decoded.join('/')}${extension}`;
}

/**
 * Every file below `dir` (a build's .next/server/app, or out/) ending in one of `extensions`, by
 * extension, relative to `dir`, in one walk: at 10,000 posts the folder holds ~48,000 directories
 * (most of them the pages' `.segments`), and each walk of it took ~1.2 s.
 */
export function builtFilesByExtension<E extends string>(dir: string, extensions: readonly E[]): Record<E, string[]> {
  const found = Object.fromEntries(extensions.map((extension) => [extension, [] as string[]])) as Record<E, string[]>;
  const walk = (at: string) => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const extension = extensions.find((e) => entry.name.endsWith(e));
        if (extension !== undefined) found[extension].push(path.relative(dir, full));
      }
    }
  };
  walk(dir);
  return found;
}

/** Every file ending in `extension` below `dir`, relative to it. */
export const builtFiles = (dir: string, extension: string): string[] => builtFilesByExtension(dir, [extension])[extension]!;

/** Every .html file below `dir`, relative to it. */
export const htmlFiles = (dir: string) => builtFiles(dir, '.html');
