// A throw-away copy of the project: every source file, none of the build output, no content
// (the caller puts its own in content/), the project's node_modules hard-linked in. The benchmark
// builds its synthetic archive in one, the archive's e2e site (scripts/e2e-archive-site.mjs) the
// imported archive, and e2e/first-start.dev.spec.ts a first npm run dev.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Top-level entries never copied: build output, caches, the real content, the benchmark's own work. */
const SKIP = new Set(['node_modules', '.next', 'out', '.contentlayer', '.e2e', '.git', 'content', 'test-results', 'playwright-report', 'blob-report', 'bench', 'tsconfig.tsbuildinfo']);

/**
 * Copies `root` (minus SKIP) into `dir`, emptied first, and makes it a project of its own as the
 * real one is: its own lockfile (Turbopack's root), node_modules (hard links: instant, no space)
 * and git repository (Tailwind skips what .gitignore lists only inside one; else it scans .next,
 * out and .contentlayer for class names).
 */
export function prepareWorkspace(root, dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const entry of fs.readdirSync(root)) {
    if (SKIP.has(entry)) continue;
    fs.cpSync(path.join(root, entry), path.join(dir, entry), { recursive: true });
  }
  execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')]);
  fs.appendFileSync(path.join(dir, '.gitignore'), '\n# benchmark output\n/.next-*/\n/nginx/\n/*.log\n/lighthouse-*.json\n');
  execFileSync('git', ['init', '-q', dir]);
  return dir;
}
