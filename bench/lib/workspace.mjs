// The benchmark's other projects: a bare Next.js page and the bare blog, beside the copy of this
// one (scripts/project-copy.mjs) that holds the synthetic archive.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

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

/**
 * The bare blog (bench/bare-blog/: a plain Next.js + contentlayer2 blog) in `dir`, emptied first,
 * over the archive in `contentDir` (hard links: the same files the site built). Like
 * prepareWorkspace (scripts/project-copy.mjs): the project's node_modules hard-linked, and its own lockfile and git
 * repository, so Next takes `dir` as the workspace root instead of the project above it.
 */
export function prepareBareBlog(root, dir, contentDir) {
  fs.rmSync(dir, { recursive: true, force: true });
  const template = path.join(root, 'bench', 'bare-blog');
  // Only the template's sources, should someone have built it in place.
  const output = new Set(['node_modules', '.next', '.contentlayer', 'out', 'content', 'next-env.d.ts', 'tsconfig.tsbuildinfo']);
  fs.cpSync(template, dir, { recursive: true, filter: (src) => !output.has(path.relative(template, src)) });
  fs.copyFileSync(path.join(root, 'package-lock.json'), path.join(dir, 'package-lock.json'));
  execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')]);
  execFileSync('cp', ['-al', contentDir, path.join(dir, 'content')]);
  execFileSync('git', ['init', '-q', dir]);
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
