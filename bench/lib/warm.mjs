// The warm rebuild: one post's body changes, the checkout is fresh (every file newer, no
// .contentlayer, no public/img/_v, no search index) and only .next/cache is kept, as hosts and CI
// keep it; `npm run build` again. Measures it and lists every output file that changed.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** What a build publishes: the prerendered routes, the search index and the security manifests, by path → sha256. */
export function outputHashes(dir) {
  const hashes = new Map();
  for (const top of [path.join('.next', 'server', 'app'), path.join('public', 'pagefind')]) {
    const base = path.join(dir, top);
    if (!fs.existsSync(base)) continue;
    for (const entry of fs.readdirSync(base, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const full = path.join(entry.parentPath, entry.name);
      hashes.set(path.relative(dir, full), crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex'));
    }
  }
  return hashes;
}

/** Files added, removed or changed between two outputHashes maps. */
export function outputChanges(before, after) {
  const changed = [];
  for (const [file, hash] of after) if (before.get(file) !== hash) changed.push(file);
  for (const file of before.keys()) if (!after.has(file)) changed.push(file);
  return changed.sort();
}

/** Appends a paragraph to `postFile` and makes `dir` look freshly checked out, .next/cache kept. */
export function freshCheckoutWithCache(dir, postFile) {
  fs.appendFileSync(postFile, '\nA paragraph added to measure the warm rebuild.\n');
  for (const gone of ['.contentlayer', path.join('public', 'img', '_v'), path.join('public', 'pagefind'), 'out']) fs.rmSync(path.join(dir, gone), { recursive: true, force: true });
  const now = new Date();
  for (const entry of fs.readdirSync(path.join(dir, 'content'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) fs.utimesSync(path.join(entry.parentPath, entry.name), now, now);
  }
}

/**
 * Of the changed files, those an edit to one post's body cannot explain: another article's page
 * (its HTML, RSC payloads or card). Lists, feeds, the sitemap and the search index may change.
 */
export function unexpectedChanges(changed, slug) {
  return changed.filter((file) => {
    const m = /^\.next[/\\]server[/\\]app[/\\]blog[/\\]([^/\\]+?)(\.html|\.rsc|\.meta|\.segments|[/\\]|$)/.exec(file);
    if (!m) return false;
    const name = m[1];
    if (['page', 'category', 'author', 'categories', 'authors', 'index'].includes(name) || name === slug) return false;
    return true;
  });
}
