// A throw-away copy of the project for the benchmark: every source file, none of the build
// output, the synthetic archive in place of content/, the project's node_modules hard-linked in.
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

/** A bare Next.js app (one static page, no CSS, no client component) for the baseline weights. */
export function prepareBaseline(root, dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'app'), { recursive: true });
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const deps = Object.fromEntries(['next', 'react', 'react-dom'].map((n) => [n, pkg.dependencies[n]]));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bare-next', private: true, type: 'module', dependencies: deps }, null, 2));
  fs.writeFileSync(path.join(dir, 'next.config.mjs'), 'export default { output: process.env.NEXT_OUTPUT === "export" ? "export" : undefined };\n');
  fs.writeFileSync(
    path.join(dir, 'app', 'layout.jsx'),
    'export const metadata = { title: "Bare" };\nexport default function RootLayout({ children }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n',
  );
  fs.writeFileSync(path.join(dir, 'app', 'page.jsx'), 'export default function Page() {\n  return (<main><h1>Hello</h1><p>A bare Next.js page.</p></main>);\n}\n');
  return dir;
}

/** Bytes of every file below `dir`, optionally skipping top-level entries. */
export function dirBytes(dir, skip = []) {
  let total = 0;
  let files = 0;
  const walk = (d, top) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (top && skip.includes(e.name)) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p, false);
      else if (e.isFile()) {
        total += fs.statSync(p).size;
        files++;
      }
    }
  };
  if (fs.existsSync(dir)) walk(dir, true);
  return { bytes: total, files };
}
