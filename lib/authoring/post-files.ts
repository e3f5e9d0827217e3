import fs from 'node:fs';
import path from 'node:path';
import { isRecord, parseFrontmatter } from './frontmatter';
import { postSlug } from '../rules/slug';
import { postPath } from '../paths';
import { displayPath as rel, listFiles } from '../content/files';

/** The slug each post in `postsDir` resolves to, with its file (relative to the working directory). */
export function existingPostSlugs(postsDir: string): Map<string, string> {
  const slugs = new Map<string, string>();
  for (const file of listFiles(postsDir)) {
    if (!file.endsWith('.md')) continue;
    const parsed = parseFrontmatter(fs.readFileSync(file, 'utf8'));
    if ('problem' in parsed || typeof parsed.data.title !== 'string') continue;
    const seo = isRecord(parsed.data.seo) ? parsed.data.seo : {};
    const slug = postSlug(typeof seo.url === 'string' ? seo.url : null, parsed.data.title);
    if (slug && !slugs.has(slug)) slugs.set(slug, rel(file));
  }
  return slugs;
}

/**
 * Why a post with `slug` cannot be written to `postsDir` (its file exists, or another post already
 * has its URL), or null when it can.
 */
export function targetRefusal(postsDir: string, slug: string, taken: Map<string, string>): string | null {
  const file = path.join(postsDir, `${slug}.md`);
  if (fs.existsSync(file)) return `${rel(file)} already exists; it is never overwritten (edit it, or choose another title or seo.url)`;
  const other = taken.get(slug);
  if (other) return `${other} already resolves to ${postPath(slug)}; choose another title or seo.url`;
  return null;
}

/** Writes a new file, failing rather than replacing one that appeared meanwhile. */
export function writeNewFile(file: string, source: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, source, { flag: 'wx' });
}
