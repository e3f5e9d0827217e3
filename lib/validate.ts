import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import YAML from 'yaml';
import { parseCmsDate } from './dates';
import { peopleFromAuthor, postSlug } from './slug';
import { twitterHandle } from './twitter';
import { RESERVED_POST_SLUGS } from './paths';

export type Severity = 'error' | 'warning';

/** One thing wrong with one file: which file, which field, what is wrong and how to fix it. */
export type Problem = { severity: Severity; file: string; field: string | null; message: string; fix: string };

export type Report = { errors: Problem[]; warnings: Problem[]; posts: number; authors: number };

/** Search engines cut titles and descriptions past about these lengths. */
export const SEO_LIMITS = { title: 60, description: 160 } as const;

const KNOWN_POST_FIELDS = new Set(['templateKey', 'title', 'author', 'date', 'category', 'hidePost', 'seo']);
const KNOWN_SEO_FIELDS = new Set(['title', 'description', 'url', 'twitterUsername', 'image']);

type Frontmatter = Record<string, unknown>;
type Parsed = { data: Frontmatter; body: string } | { problem: Omit<Problem, 'file' | 'severity'> };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses a markdown file's frontmatter the way contentlayer2 does (gray-matter with YAML 1.2, dates left as strings). */
export function parseFrontmatter(source: string): Parsed {
  if (!/^---\r?\n/.test(source)) {
    return {
      problem: {
        field: null,
        message: 'the file has no frontmatter',
        fix: 'start the file with a --- block holding at least title, author and date (see the README), or turn it into a post with `npm run import -- <file>`',
      },
    };
  }
  try {
    const parsed = matter(source, { engines: { yaml: (s: string) => YAML.parse(s) as object } });
    if (!isRecord(parsed.data)) {
      return { problem: { field: null, message: 'the frontmatter is not a list of `key: value` fields', fix: 'write one `field: value` per line between the --- lines' } };
    }
    return { data: parsed.data, body: parsed.content };
  } catch (error) {
    const e = error as Error & { linePos?: { line: number; col: number }[] };
    const pos = e.linePos?.[0];
    // The frontmatter starts on line 2 of the file, after the opening ---.
    const where = pos ? ` at line ${pos.line + 1}, column ${pos.col}` : '';
    const firstLine = e.message.split('\n')[0];
    return {
      problem: {
        field: null,
        message: `the frontmatter is not valid YAML${where}: ${firstLine}`,
        fix: 'quote values that contain a colon followed by a space, or that start with @, [, {, * or #; indent nested fields with spaces',
      },
    };
  }
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** The problems of one post's frontmatter and body, without looking at other files. */
export function checkPost(file: string, source: string, ctx: { publicDir: string; authorSlugs: Set<string> }): Problem[] {
  const problems: Problem[] = [];
  const add = (severity: Severity, field: string | null, message: string, fix: string) =>
    problems.push({ severity, file, field, message, fix });
  const parsed = parseFrontmatter(source);
  if ('problem' in parsed) return [{ severity: 'error', file, ...parsed.problem }];
  const { data, body } = parsed;

  if (data.templateKey !== undefined && data.templateKey !== 'blog-post') {
    add('error', 'templateKey', `is "${String(data.templateKey)}", which this site does not know`, 'write `templateKey: blog-post`, or remove the line');
  }
  const title = str(data.title);
  if (data.title === undefined || data.title === null) add('error', 'title', 'is missing', 'add `title: Your headline`');
  else if (!title) add('error', 'title', 'must be text', 'write the headline as text, in quotes if it starts with a number or a symbol');
  const author = str(data.author);
  if (data.author === undefined || data.author === null) add('error', 'author', 'is missing', 'add `author: First Last` (several people: "A and B")');
  else if (!author || peopleFromAuthor(author).length === 0) add('error', 'author', 'must be a name', 'write the author as text, e.g. `author: Jonathan Bryce`');
  if (data.date === undefined || data.date === null) add('error', 'date', 'is missing', 'add `date: 2024-05-31T09:00:00.000Z`');
  else if (!parseCmsDate(data.date)) {
    add('error', 'date', `"${String(data.date)}" is not a date`, 'write it as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS.000Z, e.g. 2024-05-31T09:00:00.000Z');
  }
  checkCategories(data.category, add);
  if (data.hidePost !== undefined && data.hidePost !== null && typeof data.hidePost !== 'boolean') {
    add('error', 'hidePost', `is "${String(data.hidePost)}", not true or false`, 'write `hidePost: true` or `hidePost: false`, without quotes');
  }
  const seo = data.seo;
  if (seo !== undefined && seo !== null && !isRecord(seo)) {
    add('error', 'seo', 'must be a group of fields', 'indent title, description, url and twitterUsername under `seo:`');
  }
  const seoFields = isRecord(seo) ? seo : {};
  for (const [key, value] of Object.entries(seoFields)) {
    if (!KNOWN_SEO_FIELDS.has(key)) add('warning', `seo.${key}`, 'is not part of the schema and is ignored', `remove it, or use one of ${[...KNOWN_SEO_FIELDS].join(', ')}`);
    else if (value !== null && typeof value !== 'string') add('error', `seo.${key}`, 'must be text', `write seo.${key} as text, in quotes`);
  }
  for (const key of Object.keys(data)) {
    if (!KNOWN_POST_FIELDS.has(key)) add('warning', key, 'is not part of the schema and is ignored', `remove it, or use one of ${[...KNOWN_POST_FIELDS].join(', ')}`);
  }
  if (typeof seoFields.twitterUsername === 'string') {
    const { warning } = twitterHandle(seoFields.twitterUsername);
    if (warning) add('warning', 'seo.twitterUsername', `${warning}; it is left out of the page`, 'write it as @OpenInfraDev');
  }
  if (title) {
    const slug = postSlug(str(seoFields.url), title);
    if (!slug) add('error', 'seo.url', 'gives no usable slug, and neither does the title', 'set seo.url to https://openinfra.dev/blog/your-post-slug');
    else if ((RESERVED_POST_SLUGS as readonly string[]).includes(slug)) {
      add('error', 'seo.url', `gives the slug "${slug}", which is a section of the blog, so the post could never be reached`, 'choose another last segment for seo.url');
    }
    const seoTitle = str(seoFields.title) ?? title;
    if (seoTitle.length > SEO_LIMITS.title) {
      add('warning', str(seoFields.title) ? 'seo.title' : 'title', `is ${seoTitle.length} characters; search engines show about ${SEO_LIMITS.title}`, 'set a shorter seo.title');
    }
  }
  const description = str(seoFields.description);
  if (description && description.trim().length > SEO_LIMITS.description) {
    add('warning', 'seo.description', `is ${description.trim().length} characters; search engines show about ${SEO_LIMITS.description}`, 'shorten seo.description');
  }
  if (author) {
    for (const person of peopleFromAuthor(author)) {
      if (!ctx.authorSlugs.has(person.slug)) {
        add('warning', 'author', `"${person.name}" has no profile`, `add content/authors/${person.slug}.md with \`authorName: ${person.name}\``);
      }
    }
  }
  for (const src of localImages(body, seoFields.image)) {
    if (!fs.existsSync(path.join(ctx.publicDir, decodeURI(src.split(/[?#]/)[0]!)))) {
      add('warning', src === seoFields.image ? 'seo.image' : 'body', `links the image ${src}, which is not in public/`, `add public${src}, or fix the path`);
    }
  }
  return problems;
}

function checkCategories(value: unknown, add: (s: Severity, f: string, m: string, fix: string) => void) {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) {
    add('warning', 'category', 'is empty, so the post is in no category', 'add `category:` with `- value: …` and `label: …` items');
    return;
  }
  if (!Array.isArray(value)) {
    add('error', 'category', 'must be a list', 'write each category as a list item: `- value: category-id` and `label: Community`');
    return;
  }
  value.forEach((item, i) => {
    if (!isRecord(item) || !str(item.label)) {
      add('error', `category[${i}].label`, 'is missing', 'give every category item a `label:` (the name readers see)');
    }
  });
}

/** Site-local image paths ("/img/…") referenced by a markdown body and by seo.image. */
export function localImages(body: string, seoImage?: unknown): string[] {
  const found = new Set<string>();
  for (const m of body.matchAll(/!\[[^\]]*\]\(\s*<?(\/[^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) found.add(m[1]!);
  for (const m of body.matchAll(/<img\b[^>]*\bsrc=["'](\/[^"']+)["']/gi)) found.add(m[1]!);
  if (typeof seoImage === 'string' && seoImage.startsWith('/')) found.add(seoImage);
  return [...found].filter((src) => !src.startsWith('//'));
}

function listMarkdown(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/**
 * Checks every post and author under `contentDir`: the same rules the build enforces, with a
 * message per problem that names the file, the field and the fix. Nothing is skipped.
 */
export function checkContent(contentDir: string, publicDir = path.join(path.dirname(contentDir), 'public')): Report {
  const rel = (f: string) => path.relative(process.cwd(), f) || f;
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const push = (p: Problem) => (p.severity === 'error' ? errors : warnings).push(p);

  const authorSlugs = new Set<string>();
  const authorFiles = listMarkdown(path.join(contentDir, 'authors'));
  for (const file of authorFiles) {
    if (!file.endsWith('.md')) {
      push({ severity: 'error', file: rel(file), field: null, message: 'is not a markdown file', fix: 'rename it to .md or move it out of content/authors' });
      continue;
    }
    const parsed = parseFrontmatter(fs.readFileSync(file, 'utf8'));
    if ('problem' in parsed) push({ severity: 'error', file: rel(file), ...parsed.problem });
    else if (!str(parsed.data.authorName)) {
      push({ severity: 'error', file: rel(file), field: 'authorName', message: 'is missing', fix: 'add `authorName: First Last`' });
    } else for (const p of peopleFromAuthor(parsed.data.authorName as string)) authorSlugs.add(p.slug);
  }

  const bySlug = new Map<string, string>();
  const postFiles = listMarkdown(path.join(contentDir, 'posts'));
  for (const file of postFiles) {
    const name = rel(file);
    if (!file.endsWith('.md')) {
      push({ severity: 'error', file: name, field: null, message: 'is not a markdown (.md) file, so it would not be published', fix: 'rename it to .md, or move it out of content/posts' });
      continue;
    }
    const source = fs.readFileSync(file, 'utf8');
    checkPost(name, source, { publicDir, authorSlugs }).forEach(push);
    const parsed = parseFrontmatter(source);
    if ('problem' in parsed) continue;
    const title = str(parsed.data.title);
    if (!title) continue;
    const seo = isRecord(parsed.data.seo) ? parsed.data.seo : {};
    const slug = postSlug(str(seo.url), title);
    const other = bySlug.get(slug);
    if (other) {
      push({
        severity: 'error',
        file: name,
        field: 'seo.url',
        message: `resolves to /blog/${slug}, the same URL as ${other}`,
        fix: `give one of the two posts a different seo.url (or title); neither is published until then`,
      });
    } else bySlug.set(slug, name);
  }
  return { errors, warnings, posts: postFiles.length, authors: authorFiles.length };
}

/** "content/posts/x.md: title is missing. Fix: add …" */
export function formatProblem(p: Problem): string {
  const label = p.severity === 'error' ? 'error' : 'warning';
  return `${label}: ${p.file}: ${p.field ? `${p.field} ` : ''}${p.message}.\n  fix: ${p.fix}.`;
}
