import path from 'node:path';
import type { DocumentType, FieldDef, FieldDefs } from 'contentlayer2/source-files';
import { site } from '../site';
import { adminFilePath, cmsLocalApiPath, postPath } from '../paths';
import { PROFILE_TEMPLATE_KEY, TEMPLATE_KEY } from '../rules/post-rules';
import { categorySlug } from '../rules/slug';
import { fileVersion, listFiles, readListed } from '../content/files';
import { isRecord, parseFrontmatter } from './frontmatter';
import { AUTHORS_COLLECTION, CATEGORIES_WIDGET, CMS_FORMAT, FILE_SLUG_KEY, POSTS_COLLECTION } from './cms-format';

/*
 * Decap CMS's configuration, generated from contentlayer.config.ts's document types: every schema
 * field becomes a CMS field, its widget from its type unless the table below says otherwise, its
 * `required` from the schema. A field the schema gains shows in the CMS without an edit here.
 */

export type CmsField = { name: string; label: string; widget: string; required: boolean; hint?: string; [option: string]: unknown };
export type Category = { value: string; label: string };
export type CmsOptions = {
  post: DocumentType;
  author: DocumentType;
  categories: Category[];
  /** The content folder relative to the repository root (posix), e.g. `content`. */
  contentFolder: string;
  /** Under `npm run dev`: the CMS talks to decap-server, the local backend, through next dev. */
  localBackend?: boolean;
  backend: { repo: string; branch: string; authUrl?: string | null };
};

/** Where the schema's type is not the whole story: the widget and options the editors see. */
const WIDGETS: Record<string, Record<string, Partial<CmsField>>> = {
  Post: {
    templateKey: { widget: 'hidden', default: TEMPLATE_KEY },
    author: {
      widget: 'relation',
      collection: AUTHORS_COLLECTION,
      value_field: 'authorName',
      search_fields: ['authorName'],
      display_fields: ['authorName'],
      hint: 'Pick a profile; add one under Authors first. Several people: write them in one profile-less string with `npm run new` instead.',
    },
    date: { widget: 'datetime', picker_utc: true, hint: 'Publication date and time, in UTC. Posts are listed newest first.' },
    category: { widget: CATEGORIES_WIDGET, hint: 'Tick one or more. Each category has its own page and feed.' },
    hidePost: { hint: 'Unlisted: the page is built (noindex) but appears in no list, feed or sitemap.' },
    seo: { collapsed: true },
    'seo.description': { widget: 'text', hint: 'Empty: the site uses the first 160 characters of the body.' },
    'seo.url': { hint: 'Empty: filled on publish from the title (https://openinfra.dev/blog/<slug>). Its last segment is the post’s URL.' },
    'seo.image': { widget: 'image' },
  },
  Author: {
    templateKey: { widget: 'hidden', default: PROFILE_TEMPLATE_KEY },
    bio: { widget: 'text' },
    avatar: { widget: 'image' },
  },
};

const LABELS: Record<string, string> = { seo: 'SEO', url: 'URL', hidePost: 'Hide post (unlisted)', authorName: 'Name' };
const label = (name: string) => LABELS[name] ?? name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase()).replace(/ ([A-Z])/g, (_, c: string) => ` ${c.toLowerCase()}`);

/** contentlayer's field definitions as `[name, definition]` pairs, whichever way they were written. */
export function schemaFields(fields: FieldDefs | undefined): [string, FieldDef][] {
  if (!fields) return [];
  return Array.isArray(fields) ? fields.map(({ name, ...def }) => [name, def as FieldDef]) : Object.entries(fields);
}

const nestedFields = (def: FieldDef): FieldDefs | undefined => {
  const of = (def as { of?: unknown }).of;
  if (isRecord(of) && of.type === 'nested' && typeof of.def === 'function') return (of.def as () => { fields?: FieldDefs })().fields;
  return undefined;
};

function cmsField(type: string, name: string, def: FieldDef, prefix = ''): CmsField {
  const key = prefix + name;
  const override = WIDGETS[type]?.[key] ?? {};
  const base: CmsField = { name, label: label(name), widget: 'string', required: def.required === true };
  if (def.description) base.hint = def.description;
  if ('default' in def && def.default !== undefined && !(Array.isArray(def.default) && def.default.length === 0)) base.default = def.default;
  if (override.widget) return { ...base, ...override };
  switch (def.type) {
    case 'string':
      return { ...base, ...override };
    case 'boolean':
      return { ...base, widget: 'boolean', ...override };
    case 'number':
      return { ...base, widget: 'number', ...override };
    case 'date':
      return { ...base, widget: 'datetime', ...override };
    case 'nested':
      return { ...base, widget: 'object', fields: cmsFields(type, nestedFields(def), `${key}.`), ...override };
    case 'list': {
      const item = nestedFields(def);
      return { ...base, widget: 'list', ...(item ? { fields: cmsFields(type, item, `${key}.`) } : {}), ...override };
    }
    default:
      throw new Error(`${type}.${key}: no CMS widget for a \`${def.type}\` field; add one to WIDGETS in lib/authoring/cms-config.ts`);
  }
}

function cmsFields(type: string, fields: FieldDefs | undefined, prefix = ''): CmsField[] {
  return schemaFields(fields).map(([name, def]) => cmsField(type, name, def, prefix));
}

/** A document type's fields as CMS fields, and `body` (markdown) when its files have one. */
export function collectionFields(doc: DocumentType): CmsField[] {
  const def = doc.def();
  const fields = cmsFields(def.name, def.fields);
  if (def.contentType === 'markdown' || def.contentType === undefined) {
    fields.push({ name: 'body', label: 'Body', widget: 'markdown', required: false, hint: 'Markdown: headings, links, lists, images (uploaded to /img).' });
  }
  return fields;
}

// The categories each post file names, kept while the file is as it was: npm run dev asks again on
// every save, and reading every post's frontmatter again cost 1.1–1.5 s at 10,000 posts each time.
const namedByFile = new Map<string, { version: string; categories: Category[] }>();

/** The categories (label, with the id the post gives it) a post file names, in its order; none when it cannot be read. */
function namedCategories(file: string): Category[] {
  const version = fileVersion(file);
  const last = namedByFile.get(file);
  if (version !== null && last?.version === version) return last.categories;
  const source = readListed(file);
  const parsed = source === null ? null : parseFrontmatter(source);
  const categories: Category[] = [];
  if (parsed && 'data' in parsed && Array.isArray(parsed.data.category)) {
    for (const item of parsed.data.category as unknown[]) {
      if (!isRecord(item) || typeof item.label !== 'string' || !item.label.trim()) continue;
      const label = item.label.trim();
      const value = typeof item.value === 'string' ? item.value : typeof item.id === 'string' ? item.id : `category-${categorySlug(label)}`;
      categories.push({ value, label });
    }
  }
  if (version !== null) namedByFile.set(file, { version, categories });
  return categories;
}

/** The categories editors pick from: the configured ones, then every other label the posts use (with the id they use). */
export function knownCategories(postsDir: string, configured: readonly Category[] = site.categories): Category[] {
  const bySlug = new Map<string, Category>(configured.map((c) => [categorySlug(c.label), { ...c }]));
  const found = new Map<string, Category>();
  const files = listFiles(postsDir);
  const listed = new Set(files);
  for (const file of namedByFile.keys()) if (!listed.has(file)) namedByFile.delete(file);
  for (const file of files) {
    for (const { value, label } of namedCategories(file)) {
      const slug = categorySlug(label);
      if (slug && !bySlug.has(slug) && !found.has(slug)) found.set(slug, { value, label });
    }
  }
  return [...bySlug.values(), ...[...found.values()].sort((a, b) => a.label.localeCompare(b.label))];
}

/** The content folder as the CMS names it: relative to the repository root; refused outside it (decap-server cannot write there). */
export function contentFolderFor(root: string, contentDir: string): string {
  const relative = path.relative(root, path.resolve(root, contentDir)).split(path.sep).join('/');
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new Error(`CONTENT_DIR (${contentDir}) must be a folder inside the project (${root}) for /admin to write to it`);
  }
  return relative;
}

/** The whole Decap CMS configuration (what /admin/config.json holds). */
export function cmsConfig(o: CmsOptions): Record<string, unknown> {
  const posts = collectionFields(o.post).map((f) => (f.widget === CATEGORIES_WIDGET ? { ...f, options: o.categories } : f));
  return {
    backend: { name: 'github', repo: o.backend.repo, branch: o.backend.branch, ...(o.backend.authUrl ? { base_url: o.backend.authUrl } : {}) },
    // A path: /admin/cms.js makes it absolute on the address the editor opened.
    ...(o.localBackend ? { local_backend: { url: cmsLocalApiPath() } } : {}),
    load_config_file: false,
    media_folder: site.cms.mediaFolder,
    public_folder: site.cms.publicFolder,
    site_url: site.url,
    display_url: site.url,
    locale: 'en',
    // Our slugs are already safe: Decap must not re-encode them (file names come from lib/rules/slug.ts).
    slug: { encoding: 'unicode', clean_accents: false, sanitize_replacement: '-' },
    collections: [
      {
        name: POSTS_COLLECTION,
        label: 'Blog',
        label_singular: 'Post',
        description: 'Blog posts. A new post’s file name and URL come from its title (or from SEO → URL).',
        folder: `${o.contentFolder}/posts`,
        create: true,
        extension: 'md',
        format: CMS_FORMAT,
        slug: `{{fields.${FILE_SLUG_KEY}}}`,
        identifier_field: 'title',
        // "View live": the file name is the slug for every post the CMS creates.
        preview_path: postPath('{{slug}}').slice(1),
        summary: '{{title}} ({{author}})',
        sortable_fields: ['date', 'title', 'author'],
        fields: posts,
      },
      {
        name: AUTHORS_COLLECTION,
        label: 'Authors',
        label_singular: 'Author',
        folder: `${o.contentFolder}/authors`,
        create: true,
        extension: 'md',
        format: CMS_FORMAT,
        slug: `{{fields.${FILE_SLUG_KEY}}}`,
        identifier_field: 'authorName',
        fields: collectionFields(o.author),
      },
    ],
  };
}

/** /admin's page: no site chrome, never indexed; cms.js runs first so Decap waits for CMS.init, both in <body>, which Decap appends to. */
export function adminPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Content manager · ${site.shortName}</title>
</head>
<body>
<script src="${adminFilePath('cms.js')}"></script>
<script src="${adminFilePath('decap-cms.js')}"></script>
</body>
</html>
`;
}
