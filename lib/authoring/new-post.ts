import path from 'node:path';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { existingPostSlugs, targetRefusal, writeNewFile } from './post-files';
import { slugProblem, TEMPLATE_KEY } from '../rules/post-rules';
import { site } from '../site';
import { slugify } from '../rules/slug';
import { categoryItem, seoUrlFor } from './post-defaults';

export { categoryItem, seoUrlFor };

/** What a command prints and the exit code it ends with; the scripts only relay it. */
export type CommandResult = { exitCode: number; out: string[]; err: string[] };

export type PostFields = { title: string; author: string; date: string; categories: string[]; description: string; slug: string };

/** The complete frontmatter block of a new post ("---\n…---\n"), fields in the CMS's order. */
export function postFrontmatter(f: PostFields): string {
  const data = {
    templateKey: TEMPLATE_KEY,
    title: f.title,
    author: f.author,
    date: f.date,
    category: f.categories.map(categoryItem),
    hidePost: false,
    seo: { title: f.title, description: f.description, url: seoUrlFor(f.slug), twitterUsername: site.twitter },
  };
  return `---\n${YAML.stringify(data, { lineWidth: 0 })}---\n`;
}

export type NewPostRequest = { title: string; author: string; category?: string; now: Date };

/** Writes `<postsDir>/<slug>.md` for a new post; refuses (writing nothing) rather than overwrite or duplicate a URL. */
export function createPost(req: NewPostRequest, postsDir: string): { file: string; notes: string[] } | { refusal: string } {
  const title = req.title.trim().replace(/\s+/g, ' ');
  const slug = slugify(title);
  const problem = slugProblem(null, title);
  if (problem) return { refusal: `the title "${title}" ${problem.message}; choose another title` };
  const refusal = targetRefusal(postsDir, slug, existingPostSlugs(postsDir));
  if (refusal) return { refusal };
  const categories = req.category?.trim() ? [req.category] : [];
  const fields = { title, author: req.author.trim(), date: req.now.toISOString(), categories, description: '', slug };
  const file = path.join(postsDir, `${slug}.md`);
  writeNewFile(file, `${postFrontmatter(fields)}\nWrite the post here, in Markdown.\n`);
  const notes = ['seo.description is empty: until you write one, the site uses the first 160 characters of the body'];
  if (categories.length === 0) notes.push('no --category given: add one under `category:` (content:check warns until you do)');
  if (/^https?:\/\/(localhost|127\.|\[::1\])/.test(site.url)) {
    notes.push(`seo.url is on ${site.url}, the SITE_URL default: set SITE_URL to the live origin (e.g. SITE_URL=https://openinfra.org) for posts you publish`);
  }
  return { file, notes };
}

const NEW_USAGE = 'usage: npm run new -- "Post title" [--author "Name"] [--category "Label"]';

/**
 * `npm run new -- "Post title" [--author "Name"] [--category "Label"]`. The author defaults to
 * `git config user.name`; without either it refuses.
 */
export function newPostCommand(argv: string[], env: { postsDir: string; now: Date; gitUserName: () => string | null }): CommandResult {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { author: { type: 'string' }, category: { type: 'string' } } });
  } catch (error) {
    return { exitCode: 2, out: [], err: [`new: ${(error as Error).message}`, NEW_USAGE] };
  }
  const title = parsed.positionals.join(' ').trim();
  const author = parsed.values.author?.trim() || env.gitUserName()?.trim() || '';
  const missing = [!title && 'a title (the first argument)', !author && '--author "Name" (git config user.name is not set either)'].filter(Boolean);
  if (missing.length > 0) return { exitCode: 2, out: [], err: [`new: missing ${missing.join(' and ')}`, NEW_USAGE] };
  const result = createPost({ title, author, category: parsed.values.category, now: env.now }, env.postsDir);
  if ('refusal' in result) return { exitCode: 1, out: [], err: [`new: refused: ${result.refusal}`] };
  const file = path.relative(process.cwd(), result.file) || result.file;
  return { exitCode: 0, out: [file, ...result.notes.map((n) => `  note: ${n}`)], err: [] };
}
