import YAML from 'yaml';
import { postSlug, personSlug } from '../rules/slug';
import { TEMPLATE_KEY } from '../rules/post-rules';
import { site } from '../site';
import { seoUrlFor } from './post-defaults';

/*
 * How Decap CMS reads and writes posts and profiles: the same frontmatter `npm run new` writes (the
 * `yaml` package, fields in the schema's order) and the file name the site's slug rule gives. This
 * module runs in the browser (bundled into /admin/cms.js) and in the unit tests: no Node imports.
 */

/** The name the CMS knows this file format by (CMS.registerCustomFormat). */
export const CMS_FORMAT = 'openinfra-frontmatter';

/** A key the CMS's save hook adds so the slug template can name the file; never written to the file. */
export const FILE_SLUG_KEY = 'fileSlug';

type Data = Record<string, unknown>;
const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

/** A markdown file as the CMS edits it: its frontmatter fields and `body`. */
export function fromFile(content: string): Data {
  const m = content.match(FRONTMATTER);
  if (!m) return { body: content };
  const data = YAML.parse(m[1] ?? '') as unknown;
  const fields = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Data) : {};
  return { ...fields, body: (m[2] ?? '').replace(/^(?:[ \t]*\r?\n)+/, '') };
}

const present = (v: unknown) => v !== undefined && v !== null;

function cleaned(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter(present).map(cleaned);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => present(v)).map(([k, v]) => [k, cleaned(v)]));
  }
  return value;
}

/** The file for `data`: frontmatter in `order` (the collection's fields), then the body; empty values and the file-slug key left out. */
export function toFile(data: Data, order: string[] = []): string {
  const keys = [...order.filter((k) => k in data), ...Object.keys(data).filter((k) => !order.includes(k))];
  const front: Data = {};
  for (const key of keys) {
    if (key === 'body' || key === FILE_SLUG_KEY || !present(data[key])) continue;
    const value = data[key] instanceof Date ? (data[key] as Date).toISOString() : data[key];
    front[key] = cleaned(value);
  }
  const body = typeof data.body === 'string' ? data.body.replace(/\s+$/, '') : '';
  return `---\n${YAML.stringify(front, { lineWidth: 0 })}---\n${body ? `\n${body}\n` : ''}`;
}

type Patch = [path: string[], value: string];
const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const group = (v: unknown): Data => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Data) : {});

/**
 * What a new post gets on its first save when the editor left it out, as `npm run new` writes it:
 * templateKey, seo.title (the title), seo.url (the title's slug: the URL then stays when the title
 * changes), seo.description (empty: the site uses the excerpt) and seo.twitterUsername; and the file
 * name, the post's slug. A post that exists keeps what it has: only the editor's changes are saved.
 */
export function postSavePatches(data: Data, isNew = true, origin?: string): Patch[] {
  if (!isNew) return [];
  const title = text(data.title);
  const seo = group(data.seo);
  const patches: Patch[] = [];
  if (!text(data.templateKey)) patches.push([['templateKey'], TEMPLATE_KEY]);
  if (!text(seo.title) && title) patches.push([['seo', 'title'], title]);
  const url = text(seo.url) || (title ? seoUrlFor(postSlug(null, title), origin) : '');
  if (url && !text(seo.url)) patches.push([['seo', 'url'], url]);
  if (typeof seo.description !== 'string') patches.push([['seo', 'description'], '']);
  if (!text(seo.twitterUsername)) patches.push([['seo', 'twitterUsername'], site.twitter]);
  patches.push([[FILE_SLUG_KEY], postSlug(url, title)]);
  return patches;
}

/** A new profile's file name: the slug of the name, as posts are matched to it. */
export function authorSavePatches(data: Data, isNew = true): Patch[] {
  return isNew ? [[[FILE_SLUG_KEY], personSlug(text(data.authorName))]] : [];
}

/** The custom widget that picks categories from the known list and writes `{value, label}` items. */
export const CATEGORIES_WIDGET = 'categories';

/** The CMS's collection names: posts and author profiles. */
export const POSTS_COLLECTION = 'blog';
export const AUTHORS_COLLECTION = 'authors';

/** A version-4 UUID from getRandomValues, which (unlike randomUUID) browsers also give to plain-http pages. */
export function randomUuid(random = (bytes: Uint8Array) => crypto.getRandomValues(bytes)): `${string}-${string}-${string}-${string}-${string}` {
  const b = random(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
