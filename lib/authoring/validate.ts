import fs from 'node:fs';
import path from 'node:path';
import { isRecord, parseFrontmatter, type Frontmatter } from './frontmatter';
import { dateProblem, slugProblem, templateKeyProblem } from '../rules/post-rules';
import { peopleFromAuthor, postSlug } from '../rules/slug';
import { twitterHandle } from '../rules/twitter';
import { postPath } from '../paths';
import { displayPath as rel, fileVersion, isDocumentFile, listFiles, readListed } from '../content/files';

export type Severity = 'error' | 'warning';

/** One thing wrong with one file: which file, which field, what is wrong and how to fix it. */
export type Problem = { severity: Severity; file: string; field: string | null; message: string; fix: string };

export type Report = { errors: Problem[]; warnings: Problem[]; posts: number; authors: number };

/** Search engines cut titles and descriptions past about these lengths. */
export const SEO_LIMITS = { title: 60, description: 160 } as const;

const POST_FIELDS = ['templateKey', 'title', 'author', 'date', 'category', 'hidePost', 'seo'];
const SEO_FIELDS = ['title', 'description', 'url', 'twitterUsername', 'image'];
const AUTHOR_FIELDS = ['templateKey', 'authorName', 'company', 'bio', 'avatar', 'twitter'];

/** Where a check runs: the site's public/ folder, the authors folder and the profiles found there. */
export type CheckContext = { publicDir: string; authorsDir: string; authorSlugs: Set<string> };
/** A post's problems, its slug when it has one, and the site-local images it links (looked up in public/). */
export type PostCheck = { problems: Problem[]; slug: string | null; images: string[] };
type Add = (severity: Severity, field: string | null, message: string, fix: string) => void;

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

function problemCollector(file: string): { problems: Problem[]; add: Add } {
  const problems: Problem[] = [];
  return { problems, add: (severity, field, message, fix) => problems.push({ severity, file, field, message, fix }) };
}

function checkText(data: Frontmatter, field: string, fix: string, add: Add): string | null {
  const value = data[field];
  if (value === undefined || value === null || value === '') add('error', field, 'is missing', fix);
  else if (typeof value !== 'string' || !value.trim()) {
    add('error', field, `is ${JSON.stringify(value)}, not text`, `write it in double quotes: \`${field}: "${String(value)}"\``);
  } else return value.trim();
  return null;
}

function checkUnknownFields(fields: Record<string, unknown>, known: string[], prefix: string, add: Add) {
  for (const key of Object.keys(fields)) {
    if (!known.includes(key)) add('warning', `${prefix}${key}`, 'is not part of the schema and is ignored', `remove it, or use one of ${known.join(', ')}`);
  }
}

function checkCategories(value: unknown, add: Add) {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) {
    add('warning', 'category', 'is empty, so the post is in no category', 'add `category:` with an item `- value: category-…` and `label: Community`');
  } else if (!Array.isArray(value)) {
    add('error', 'category', 'must be a list', 'write each category as a list item: `- value: category-…` and `label: Community` under it');
  } else {
    value.forEach((item, i) => {
      if (!isRecord(item) || !str(item.label)) add('error', `category[${i}].label`, 'is missing', 'give every category item a `label:` (the name readers see)');
      else checkUnknownFields(item, ['value', 'id', 'label'], `category[${i}].`, add);
    });
  }
}

function checkSeo(seo: Record<string, unknown>, title: string | null, add: Add) {
  checkUnknownFields(seo, SEO_FIELDS, 'seo.', add);
  for (const key of SEO_FIELDS) {
    if (seo[key] !== undefined && seo[key] !== null && typeof seo[key] !== 'string') add('error', `seo.${key}`, 'must be text', `write seo.${key} as text, in double quotes`);
  }
  if (typeof seo.twitterUsername === 'string') {
    const { warning } = twitterHandle(seo.twitterUsername);
    if (warning) add('warning', 'seo.twitterUsername', `${warning}; it is left out of the page`, 'write it as @OpenInfraDev');
  }
  const shownTitle = str(seo.title) ?? title;
  if (shownTitle && shownTitle.length > SEO_LIMITS.title) {
    add('warning', str(seo.title) ? 'seo.title' : 'title', `is ${shownTitle.length} characters; search engines show about ${SEO_LIMITS.title}`, `set a seo.title of at most ${SEO_LIMITS.title} characters`);
  }
  const description = str(seo.description);
  if (description && description.length > SEO_LIMITS.description) {
    add('warning', 'seo.description', `is ${description.length} characters; search engines show about ${SEO_LIMITS.description}`, `shorten seo.description to at most ${SEO_LIMITS.description} characters`);
  }
}

function publicFileExists(publicDir: string, src: string): boolean {
  let file = src.split(/[?#]/)[0]!;
  try {
    file = decodeURI(file);
  } catch {
    // a malformed %-escape is looked up as written
  }
  return fs.existsSync(path.join(publicDir, file));
}

function checkImages(body: string, seoImage: unknown, ctx: CheckContext, add: Add): string[] {
  const images = localImages(body, seoImage);
  for (const src of images) {
    if (!publicFileExists(ctx.publicDir, src)) {
      add('warning', src === seoImage ? 'seo.image' : 'body', `links the image ${src}, which is not in ${rel(ctx.publicDir)}/`, `add ${path.join(rel(ctx.publicDir), src)}, or fix the path`);
    }
  }
  return images;
}

// `[](url)` (not an image) and `<a href=…></a>`: links with nothing to read, which the CMS leaves behind.
const EMPTY_LINK = /(?<![!\\])\[\s*\]\(\s*<?([^)\s>]+)>?[^)]*\)|<a\s[^>]*href=["']?([^"'\s>]+)[^>]*>\s*<\/a>/gi;

function checkEmptyLinks(body: string, add: Add) {
  for (const m of body.matchAll(EMPTY_LINK)) {
    const url = m[1] ?? m[2]!;
    add('warning', 'body', `has a link to ${url} with no text, which readers cannot see and screen readers cannot name (the page shows the URL instead)`, `write the words to click between the brackets, e.g. \`[Join us](${url})\`, or delete the link`);
  }
}

/** The problems of one post, without looking at other posts; and its slug, when it has one. */
export function checkPost(file: string, source: string, ctx: CheckContext): PostCheck {
  const { problems, add } = problemCollector(file);
  const parsed = parseFrontmatter(source);
  if ('problem' in parsed) return { problems: [{ severity: 'error', file, ...parsed.problem }], slug: null, images: [] };
  const { data, body } = parsed;

  const keyProblem = templateKeyProblem(data.templateKey);
  if (keyProblem) add('error', keyProblem.field, keyProblem.message, keyProblem.fix);
  const title = checkText(data, 'title', 'add `title: Your headline`', add);
  const author = checkText(data, 'author', 'add `author: First Last` (several people: `author: Jeremy Stanley and Clark Boylan`)', add);
  const date = dateProblem(data.date);
  if (date) add('error', date.field, date.message, date.fix);
  checkCategories(data.category, add);
  if (data.hidePost !== undefined && data.hidePost !== null && typeof data.hidePost !== 'boolean') {
    add('error', 'hidePost', `is ${JSON.stringify(data.hidePost)} (text), not true or false`, 'write `hidePost: true` or `hidePost: false`, without quotes');
  }
  if (data.seo !== undefined && data.seo !== null && !isRecord(data.seo)) {
    add('error', 'seo', 'must be a group of fields', 'indent title, description, url and twitterUsername under `seo:`');
  }
  const seo = isRecord(data.seo) ? data.seo : {};
  checkUnknownFields(data, POST_FIELDS, '', add);
  checkSeo(seo, title, add);
  let slug: string | null = null;
  if (title) {
    const slugIssue = slugProblem(str(seo.url), title);
    if (slugIssue) add('error', slugIssue.field, slugIssue.message, slugIssue.fix);
    else slug = postSlug(str(seo.url), title);
  }
  for (const person of author ? peopleFromAuthor(author) : []) {
    if (!ctx.authorSlugs.has(person.slug)) {
      add('warning', 'author', `"${person.name}" has no profile (the author page shows only the posts)`, `add ${rel(path.join(ctx.authorsDir, `${person.slug}.md`))} with \`authorName: ${person.name}\``);
    }
  }
  const images = checkImages(body, seo.image, ctx, add);
  checkEmptyLinks(body, add);
  return { problems, slug, images };
}

/** The problems of one author profile, and the slug(s) it gives a page to. */
export function checkAuthor(file: string, source: string, ctx: CheckContext): { problems: Problem[]; slugs: string[] } {
  const { problems, add } = problemCollector(file);
  const parsed = parseFrontmatter(source);
  if ('problem' in parsed) return { problems: [{ severity: 'error', file, ...parsed.problem }], slugs: [] };
  const name = checkText(parsed.data, 'authorName', 'add `authorName: First Last`, written as posts write it', add);
  checkUnknownFields(parsed.data, AUTHOR_FIELDS, '', add);
  const { twitter, avatar } = parsed.data;
  if (typeof twitter === 'string' && twitterHandle(twitter).warning) {
    add('warning', 'twitter', `${twitterHandle(twitter).warning}; it is left out of the page`, 'write it as @name');
  }
  if (typeof avatar === 'string' && avatar.startsWith('/') && !publicFileExists(ctx.publicDir, avatar)) {
    add('warning', 'avatar', `is ${avatar}, which is not in ${rel(ctx.publicDir)}/`, `add ${path.join(rel(ctx.publicDir), avatar)}, or fix the path`);
  }
  return { problems, slugs: name ? peopleFromAuthor(name).map((p) => p.slug) : [] };
}

/** Site-local image paths ("/img/…") referenced by a markdown body and by seo.image. */
export function localImages(body: string, seoImage?: unknown): string[] {
  const found = new Set<string>();
  for (const m of body.matchAll(/!\[[^\]]*\]\(\s*<?(\/[^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) found.add(m[1]!);
  for (const m of body.matchAll(/<img\b[^>]*\bsrc=["'](\/[^"']+)["']/gi)) found.add(m[1]!);
  if (typeof seoImage === 'string' && seoImage.startsWith('/')) found.add(seoImage);
  return [...found].filter((src) => !src.startsWith('//'));
}

function misplacedFile(file: string, folder: 'posts' | 'authors' | null): Problem {
  const ext = path.extname(file).toLowerCase();
  const known = isDocumentFile(file);
  return {
    severity: 'error',
    file: rel(file),
    field: null,
    message: folder
      ? `is not a markdown (.md) file, so ${known ? 'the build refuses it' : 'it would never be published'}`
      : `is neither in posts/ nor in authors/, so ${known ? 'the build refuses it' : 'it is never published'}`,
    fix: !folder
      ? 'move it into posts/ (a post) or authors/ (a profile), or out of the content folder'
      : ext === '.txt'
        ? 'turn it into a post with `npm run import -- <file>`, or move it out of the content folder'
        : 'rename it to .md, or move it out of the content folder',
  };
}

/** Checks every profile, and fills `ctx.authorSlugs` with the people they give a page to. */
function checkAuthors(files: string[], ctx: CheckContext, push: (p: Problem) => void) {
  const profileFile = new Map<string, string>();
  for (const file of files) {
    if (!file.endsWith('.md')) {
      push(misplacedFile(file, 'authors'));
      continue;
    }
    const text = readListed(file);
    if (text === null) continue;
    const { problems, slugs } = checkAuthor(rel(file), text, ctx);
    problems.forEach(push);
    for (const slug of slugs) {
      const other = profileFile.get(slug);
      if (other) push({ severity: 'error', file: rel(file), field: 'authorName', message: `names the same person as ${other}`, fix: 'keep one profile per person and delete the other file' });
      else profileFile.set(slug, rel(file));
      ctx.authorSlugs.add(slug);
    }
  }
}

/**
 * Where posts are checked: `publicDir`, and the people the profiles in `authorsDir` give a page to.
 * The profiles' own problems go to `push`.
 */
export function checkContext(authorsDir: string, publicDir: string, push: (p: Problem) => void = () => {}): CheckContext {
  const ctx: CheckContext = { publicDir, authorsDir, authorSlugs: new Set() };
  checkAuthors(listFiles(authorsDir), ctx, push);
  return ctx;
}

// The last check of each post file (`npm run dev` checks the whole folder on every save).
type Memo = { version: string; context: string; imagesPresent: boolean[]; result: PostCheck };
const memo = new Map<string, Memo>();

/**
 * checkPost of one file, reused while the file, the profiles and the presence of each image it
 * links are as they were; null when the file cannot be read.
 */
function checkPostFile(file: string, name: string, ctx: CheckContext): PostCheck | null {
  const version = fileVersion(file);
  const context = `${ctx.publicDir}\n${ctx.authorsDir}\n${[...ctx.authorSlugs].sort().join(',')}`;
  const last = memo.get(file);
  if (
    version !== null &&
    last &&
    last.version === version &&
    last.context === context &&
    last.result.images.every((src, i) => publicFileExists(ctx.publicDir, src) === last.imagesPresent[i])
  ) {
    return last.result;
  }
  const text = readListed(file);
  if (text === null) return null;
  const result = checkPost(name, text, ctx);
  if (version !== null) memo.set(file, { version, context, imagesPresent: result.images.map((src) => publicFileExists(ctx.publicDir, src)), result });
  return result;
}

/**
 * Checks every post and author under `contentDir`: the rules the build enforces (errors) and the
 * ones editors should know about (warnings), each naming the file, the field and the fix.
 */
export function checkContent(contentDir: string, publicDir = path.join(path.dirname(contentDir), 'public')): Report {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const push = (p: Problem) => (p.severity === 'error' ? errors : warnings).push(p);
  const ctx = checkContext(path.join(contentDir, 'authors'), publicDir, push);

  const postFiles = listFiles(path.join(contentDir, 'posts'));
  const fileBySlug = new Map<string, string>();
  for (const file of postFiles) {
    if (!file.endsWith('.md')) {
      push(misplacedFile(file, 'posts'));
      continue;
    }
    const name = rel(file);
    const checked = checkPostFile(file, name, ctx);
    if (checked === null) continue;
    const { problems, slug } = checked;
    problems.forEach(push);
    if (!slug) continue;
    const other = fileBySlug.get(slug);
    if (other) {
      push({ severity: 'error', file: name, field: 'seo.url', message: `resolves to ${postPath(slug)}, the same URL as ${other}`, fix: `give one of ${other} and ${name} a different seo.url; the build refuses both until then` });
    } else fileBySlug.set(slug, name);
  }

  const elsewhere = listFiles(contentDir).filter((f) => !f.startsWith(ctx.authorsDir + path.sep) && !f.startsWith(path.join(contentDir, 'posts') + path.sep));
  elsewhere.filter(isDocumentFile).forEach((f) => push(misplacedFile(f, null)));
  return { errors, warnings, posts: postFiles.length, authors: listFiles(ctx.authorsDir).length };
}

/** "error: content/posts/x.md: title is missing.\n  fix: add …." */
export function formatProblem(p: Problem): string {
  return `${p.severity}: ${p.file}: ${p.field ? `${p.field} ` : ''}${p.message}.\n  fix: ${p.fix}.`;
}
