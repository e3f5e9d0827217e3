import fs from 'node:fs';
import path from 'node:path';

/*
 * For the tests that compare output folders: contentlayer2's (scripts/content-watch.test.ts,
 * scripts/content-prefill.test.ts), Pagefind's and the built pages (scripts/search-index.test.ts,
 * scripts/security-headers.test.ts).
 */

/**
 * A work folder for one test file, emptied: inside the project, as test/global-setup.ts builds
 * fixtures, so the compiled config resolves its packages from here.
 */
export function contentTestFolder(name: string): string {
  const work = path.join(process.cwd(), '.contentlayer', 'test', `${name}-${process.pid}`);
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  return work;
}

/**
 * Every file of a generated folder (but the generation stamp, which names the run), by path. The
 * summary index names each post file's version (its time and inode, which differ from folder to
 * folder): what is compared of it is the document each entry holds.
 */
export function generatedTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === '_generation') continue;
    const full = path.join(entry.parentPath, entry.name);
    const text = fs.readFileSync(full, 'utf8');
    files.set(path.relative(dir, full), entry.name === '_summaries.json' ? summaryHeads(text) : text);
  }
  return files;
}

/** The summary index without its versions, by file name. */
function summaryHeads(text: string): string {
  const index = JSON.parse(text) as Record<string, { head: unknown }>;
  return JSON.stringify(Object.fromEntries(Object.keys(index).sort().map((file) => [file, index[file]!.head])), null, 2);
}

/** Every file under `dir`, by its path (sorted), as base64: two folders equal byte for byte compare equal. */
export const fileTree = (dir: string): Record<string, string> =>
  Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => fs.statSync(path.join(dir, f)).isFile())
      .sort()
      .map((f) => [f, fs.readFileSync(path.join(dir, f)).toString('base64')]),
  );
