import fs from 'node:fs';
import path from 'node:path';

/*
 * For the tests that compare contentlayer2 output folders (scripts/content-watch.test.ts,
 * scripts/content-prefill.test.ts).
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

/** Every file of a generated folder (but the generation stamp, which names the run), by path. */
export function generatedTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === '_generation') continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full), fs.readFileSync(full, 'utf8'));
  }
  return files;
}
