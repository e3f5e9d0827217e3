import YAML, { isMap, isScalar, isSeq, type Document, type Node, type Scalar } from 'yaml';
import { parseCmsDate } from '../rules/dates';
import { parseFrontmatter } from './frontmatter';
import { categoryItem, postFrontmatter, seoUrlFor } from './new-post';
import { slugProblem } from '../rules/post-rules';
import { postSlug, slugify } from '../rules/slug';
import { twitterHandle } from '../rules/twitter';

/** The fields a document may lack and the editor gives on the command line. */
export type ImportFlags = { date?: string; author?: string; category?: string };

/** A post made from a document: its slug and source, one line per change made to the input, and notes (flags not used). */
export type Converted = { slug: string; source: string; changes: string[]; notes: string[] };
export type Conversion = Converted | { refusals: string[] };

const FLAG_HELP = {
  date: '--date YYYY-MM-DD (the publication date)',
  author: '--author "Name" (one string; several people: "A and B")',
  category: '--category "Label" (e.g. "News & Announcements")',
} as const;

const quote = (s: string, max = 70) => JSON.stringify(s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** The flags, checked: a --date that is not a date is refused rather than guessed. */
function checkFlags(flags: ImportFlags): { date?: string; author?: string; category?: string; refusals: string[] } {
  const refusals: string[] = [];
  const date = flags.date?.trim() ? parseCmsDate(flags.date) : undefined;
  if (date === null) refusals.push(`--date ${quote(flags.date!)} is not a date; write it as YYYY-MM-DD, e.g. --date 2025-03-12`);
  return { date: date ?? undefined, author: flags.author?.trim() || undefined, category: flags.category?.trim() || undefined, refusals };
}

// A plain-text line that Markdown would read as a heading, quote, list, rule, code fence or HTML.
const BLOCK_MARKER = /^(#{1,6}(?=\s|$)|>|[-*+](?=\s|$)|[-*_=]{3,}(?=\s*$)|`{3,}|~{3,}|<)/;
const ORDERED_MARKER = /^(\d{1,9})([.)])(?=\s|$)/;

/** The line, escaped so Markdown keeps it as text ("1. x" -> "1\. x", "# x" -> "\# x"), or null when it needs nothing. */
function escapedLine(text: string): { line: string; marker: string } | null {
  const ordered = text.match(ORDERED_MARKER);
  if (ordered) return { line: `${ordered[1]}\\${text.slice(ordered[1]!.length)}`, marker: ordered[0] };
  const block = text.match(BLOCK_MARKER);
  return block ? { line: `\\${text}`, marker: block[0] } : null;
}

/**
 * A plain-text article (no frontmatter): the first line is the title, the second the description,
 * and every line after them a paragraph of the body. Date, author and category come from flags.
 */
export function convertPlainText(text: string, flags: ImportFlags): Conversion {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const numbered = lines.map((line, i) => ({ n: i + 1, raw: line, text: line.trim() })).filter((l) => l.text !== '');
  const [title, description, ...rest] = numbered;
  const given = checkFlags(flags);
  const refusals = [...given.refusals];
  if (!title) refusals.push('the file is empty: its first line would be the title');
  else if (rest.length === 0) refusals.push('there is no body: line 1 is the title, line 2 the description, and nothing follows');
  for (const key of ['date', 'author', 'category'] as const) {
    if (!flags[key]?.trim()) refusals.push(`missing ${FLAG_HELP[key]}: a plain-text file has no frontmatter to take it from`);
  }
  if (title) {
    const problem = slugProblem(null, title.text);
    if (problem) refusals.push(`the title on line ${title.n} ${problem.message}; edit that line`);
  }
  if (refusals.length > 0 || !title || !given.date || !given.author || !given.category) return { refusals };

  const slug = slugify(title.text);
  const changes = [
    `title: from line ${title.n}, ${quote(title.text)}`,
    description ? `seo.description: from line ${description.n}, ${quote(description.text)}` : 'seo.description: none (the file has one line before the body); the site uses an excerpt of the body',
    `date: ${given.date} from --date`,
    `author: ${quote(given.author)} from --author`,
    `category: ${quote(given.category)} (value ${categoryItem(given.category).value}) from --category`,
    `added templateKey: blog-post, hidePost: false, seo.title (the title), seo.url ${seoUrlFor(slug)}, seo.twitterUsername`,
    `body: every line after line ${description?.n ?? title.n} (lines ${rest[0]!.n}–${rest.at(-1)!.n}) became a paragraph, ${rest.length} in all; the import cannot tell page furniture (related links, comments, footers) from the article, so delete what is not the article`,
  ];
  const trimmed = rest.filter((l) => l.raw !== l.text).length;
  if (trimmed > 0) changes.push(`body: removed leading or trailing spaces from ${trimmed} line(s)`);
  const paragraphs = rest.map((l) => {
    const escaped = escapedLine(l.text);
    if (!escaped) return l.text;
    changes.push(`body: line ${l.n} starts with ${quote(escaped.marker)}; escaped it with a backslash so Markdown keeps it as text`);
    return escaped.line;
  });
  const fields = { title: title.text, author: given.author, date: given.date, categories: [given.category], description: description?.text ?? '', slug };
  return { slug, source: `${postFrontmatter(fields)}\n${paragraphs.join('\n\n')}\n`, changes, notes: [] };
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

const pathName = (path: (string | number)[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');

/** Every string scalar of a YAML node, with its field path (category[0].label). */
function stringScalars(node: unknown, path: (string | number)[] = []): { path: (string | number)[]; node: Scalar }[] {
  if (isMap(node)) return node.items.flatMap((pair) => stringScalars(pair.value, [...path, String(isScalar(pair.key) ? pair.key.value : pair.key)]));
  if (isSeq(node)) return node.items.flatMap((item, i) => stringScalars(item, [...path, i]));
  if (isScalar(node) && typeof node.value === 'string') return [{ path, node: node as Scalar }];
  return [];
}

/** Renames the archive's `id:` in category items to `value:`. */
function renameCategoryIds(doc: Document, changes: string[]) {
  const seq = doc.get('category', true);
  if (!isSeq(seq)) return;
  seq.items.forEach((item, i) => {
    if (!isMap(item) || item.has('value')) return;
    const pair = item.items.find((p) => isScalar(p.key) && p.key.value === 'id');
    if (pair && isScalar(pair.key)) {
      pair.key.value = 'value';
      changes.push(`category[${i}]: renamed id: to value: (${String(isScalar(pair.value) ? pair.value.value : '')})`);
    }
  });
}

const FIELD_ORDER = ['templateKey', 'title', 'author', 'date', 'category', 'hidePost', 'seo'];

/** Adds a top-level field where the CMS would have written it, after the fields that precede it. */
function insertField(doc: Document, key: string, value: unknown) {
  const map = doc.contents;
  if (!isMap(map)) return doc.set(key, value);
  const before = new Set(FIELD_ORDER.slice(0, FIELD_ORDER.indexOf(key)));
  const last = map.items.findLastIndex((pair) => isScalar(pair.key) && before.has(String(pair.key.value)));
  map.items.splice(last + 1, 0, doc.createPair(key, value));
}

function setField(doc: Document, path: string[], value: unknown, changes: string[], why: string) {
  const node = doc.getIn(path, true) as Node | undefined;
  const before = isScalar(node) ? node.value : node === undefined ? undefined : doc.getIn(path);
  if (isScalar(node) && (typeof value === 'string' || typeof value === 'boolean')) node.value = value;
  else if (node === undefined && path.length === 1) insertField(doc, path[0]!, value);
  else doc.setIn(path, value);
  const was = before === undefined ? 'added' : `${JSON.stringify(before)} →`;
  changes.push(`${path.join('.')}: ${was} ${JSON.stringify(value)} (${why})`);
}

/** Fixes what the archive writes wrong: spaces around values, `id:` categories, unpadded dates, quoted booleans, handles. */
function normaliseArchive(doc: Document, changes: string[]) {
  for (const { path, node } of stringScalars(doc.contents)) {
    const value = node.value as string;
    if (value !== value.trim() && pathName(path) !== 'seo.twitterUsername') {
      node.value = value.trim();
      changes.push(`${pathName(path)}: removed spaces around ${quote(value.trim())}`);
    }
  }
  renameCategoryIds(doc, changes);
  const date = doc.get('date');
  const iso = parseCmsDate(date);
  if (iso && iso !== date) setField(doc, ['date'], iso, changes, 'padded ISO 8601, UTC');
  const hide = doc.get('hidePost');
  if (hide === 'true' || hide === 'false') setField(doc, ['hidePost'], hide === 'true', changes, 'a boolean, not text');
  const twitter = doc.getIn(['seo', 'twitterUsername']);
  if (typeof twitter === 'string' && twitter.trim() !== '') {
    const { handle } = twitterHandle(twitter);
    if (!handle) {
      doc.deleteIn(['seo', 'twitterUsername']);
      const seo = doc.get('seo', true);
      if (isMap(seo) && seo.items.length === 0) doc.delete('seo');
      changes.push(`seo.twitterUsername: removed ${quote(twitter)}, which is not a Twitter/X handle${doc.has('seo') ? '' : ' (and the seo: group it left empty)'}`);
    } else if (handle !== twitter) setField(doc, ['seo', 'twitterUsername'], handle, changes, 'one @handle');
  }
}

/** Fills author, date and category from the flags where the frontmatter lacks them; a flag never replaces a good value. */
function fillFromFlags(doc: Document, flags: ImportFlags, out: { changes: string[]; notes: string[]; refusals: string[] }) {
  const given = checkFlags(flags);
  out.refusals.push(...given.refusals);
  const keep = (field: string, value: unknown) =>
    out.notes.push(`--${field} ignored: the frontmatter already has ${field} ${typeof value === 'string' ? quote(value) : JSON.stringify(value)}`);
  const categories = doc.get('category');
  if (given.category && isSeq(categories) && categories.items.length > 0) keep('category', doc.toJS().category);
  else if (given.category) setField(doc, ['category'], [categoryItem(given.category)], out.changes, 'from --category');
  const author = doc.get('author');
  const hasAuthor = typeof author === 'string' && author.trim() !== '';
  if (given.author && hasAuthor) keep('author', author);
  else if (given.author) setField(doc, ['author'], given.author, out.changes, 'from --author');
  else if (!hasAuthor) out.refusals.push(`missing ${FLAG_HELP.author}: the frontmatter has no author`);
  const date = doc.get('date');
  if (given.date && parseCmsDate(date)) keep('date', date);
  else if (given.date) setField(doc, ['date'], given.date, out.changes, date == null ? 'from --date' : 'not a date; replaced from --date');
  else if (flags.date?.trim()) return; // an unusable --date is already refused
  else if (date === undefined || date === null) out.refusals.push(`missing ${FLAG_HELP.date}: the frontmatter has no date`);
  else if (!parseCmsDate(date)) out.refusals.push(`date ${quote(String(date))} is not a date; correct it in the file, or pass ${FLAG_HELP.date}`);
}

/** A markdown file with CMS frontmatter: the YAML kept as written (order, quotes, comments), except what the archive gets wrong. */
export function convertMarkdown(text: string, flags: ImportFlags): Conversion {
  const parsed = parseFrontmatter(text);
  if ('problem' in parsed) {
    const { field, message, fix } = parsed.problem;
    return { refusals: [`${field ? `${field} ` : ''}${message}; fix: ${fix}`] };
  }
  const source = text.replace(/^\uFEFF/, '');
  const match = source.match(FRONTMATTER);
  if (!match) return { refusals: ['the line that closes the frontmatter must hold only ---; fix: correct that line'] };
  const doc = YAML.parseDocument(match[1] ?? '');
  const out = { changes: [] as string[], notes: [] as string[], refusals: [] as string[] };
  normaliseArchive(doc, out.changes);
  fillFromFlags(doc, flags, out);
  const title = doc.get('title');
  if (typeof title !== 'string' || title.trim() === '') out.refusals.push('title is missing or not text; add `title: Your headline` to the frontmatter (there is no flag for it)');
  if (out.refusals.length > 0 || typeof title !== 'string') return { refusals: out.refusals };

  const seoUrl = doc.getIn(['seo', 'url']);
  const slug = postSlug(typeof seoUrl === 'string' ? seoUrl : null, title);
  const front = out.changes.length > 0 ? `---\n${doc.toString()}---\n` : match[0];
  return { slug, source: `${front}${source.slice(match[0].length)}`, changes: out.changes, notes: out.notes };
}

/** Converts one document: CMS markdown when it starts with a frontmatter block, plain text otherwise. */
export function convertDocument(text: string, flags: ImportFlags): Conversion {
  return /^\uFEFF?---[ \t]*\r?\n/.test(text) ? convertMarkdown(text, flags) : convertPlainText(text, flags);
}
