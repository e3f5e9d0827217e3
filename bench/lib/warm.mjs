// The warm rebuilds: one post's body changes, then a new post is published; each time the checkout
// is fresh (every file newer, no .contentlayer, no public/img/_v, no search index) and only
// .next/cache is kept, as hosts and CI keep it; `npm run build` again. Measures each and lists every
// output file that changed.
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

/** Makes `dir` look freshly checked out, .next/cache kept. */
export function freshCheckoutWithCache(dir) {
  for (const gone of ['.contentlayer', path.join('public', 'img', '_v'), path.join('public', 'pagefind'), 'out']) fs.rmSync(path.join(dir, gone), { recursive: true, force: true });
  const now = new Date();
  for (const entry of fs.readdirSync(path.join(dir, 'content'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) fs.utimesSync(path.join(entry.parentPath, entry.name), now, now);
  }
}

/** Appends a paragraph to `postFile`: the body edit of the first warm rebuild. */
export function editBody(postFile) {
  fs.appendFileSync(postFile, '\nA paragraph added to measure the warm rebuild.\n');
}

/**
 * A post to publish, made from another post's file (`text`, in the editors' format): a new title,
 * address and slug, dated `date` (after every other post), the same author, categories and body.
 */
export function publishedPost(text, slug, date) {
  const title = 'A Post Published to Measure the Warm Rebuild';
  const out = text
    .replace(/^title: .*$/m, `title: ${title}`)
    .replace(/^date: .*$/m, `date: ${date.toISOString()}`)
    .replace(/^( {2}url: \S+\/blog\/)\S+$/m, `$1${slug}`);
  if (!out.includes(`title: ${title}`) || !out.includes(`/blog/${slug}\n`)) throw new Error('publishedPost: the post file has no title or seo.url line to replace');
  return out;
}

/**
 * Of the changed article pages, those whose markup (scripts aside) links `/blog/<slug>`: the pages a
 * new post may change. A post named only in a page's RSC payload is not shown there, so not counted.
 */
export function pagesNaming(dir, changed, slug) {
  const names = new Set();
  for (const file of changed) {
    const m = /^\.next[/\\]server[/\\]app[/\\]blog[/\\]([^/\\]+)\.html$/.exec(file);
    const full = path.join(dir, file);
    if (m && fs.existsSync(full) && new RegExp(`/blog/${slug}(?![a-z0-9-])`).test(fs.readFileSync(full, 'utf8').replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ''))) names.add(m[1]);
  }
  return names;
}

/**
 * Of the changed files, those the change cannot explain: the page (HTML, RSC payloads or card) of an
 * article not in `allowed` (slugs: the edited post; or the published one and the articles that now
 * link to it, its neighbours and those that list it as related). Lists, feeds, the sitemap and the
 * search index may change.
 */
export function unexpectedChanges(changed, allowed) {
  return changed.filter((file) => {
    const m = /^\.next[/\\]server[/\\]app[/\\]blog[/\\]([^/\\]+?)(\.html|\.rsc|\.meta|\.segments|[/\\]|$)/.exec(file);
    if (!m) return false;
    const name = m[1];
    if (['page', 'category', 'author', 'categories', 'authors', 'index'].includes(name) || allowed.has(name)) return false;
    return true;
  });
}
