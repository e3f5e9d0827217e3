import fs from 'node:fs';
import path from 'node:path';
import type { Author as GeneratedAuthor, Post as GeneratedPost } from 'contentlayer/generated';
import type { Person } from '../rules/slug';
import { contentDir, contentlayerDir } from '../env';
import { displayPath, statVersion } from './files';
import { postPath } from '../paths';
import { writeAtomic } from '../atomic-file';

/*
 * The only reader of contentlayer's output (ESLint enforces it). It reads the generated JSON at
 * run time instead of importing `allPosts`, so no server chunk carries the archive's bodies.
 * lib/content/queries.ts builds the queries (and decides visibility) on top of it.
 */

export type CategoryRef = { slug: string; label: string };

export type PostSummary = {
  slug: string;
  url: string;
  title: string;
  seoTitle: string;
  description: string;
  excerpt: string;
  publishedAt: string;
  authorLine: string;
  authors: Person[];
  categories: CategoryRef[];
  readingMinutes: number;
  hidden: boolean;
  twitterCreator: string | null;
  image: string | null;
  /** `seo.url` as the editor wrote it: the old site served the post at its path. */
  seoUrl: string | null;
  /** Path of the source file below the content folder, for messages. */
  sourceFile: string;
};

export type Post = PostSummary & { html: string; markdown: string };

export type AuthorProfile = Pick<GeneratedAuthor, 'authorName' | 'company' | 'bio' | 'avatar'> & {
  twitter: string | null;
};

/**
 * Where contentlayer writes its output: `.contentlayer/generated`, or CONTENTLAYER_DIR (unit tests
 * point it at fixture output, so they never overwrite the site's).
 */
export function generatedDir(): string {
  // turbopackIgnore: the build would otherwise trace every generated file (10,000 posts: 10,043) into
  // each route's .nft.json and warn that the pattern is too broad. `next start` reads them in place.
  return path.resolve(contentlayerDir() ?? path.join(/* turbopackIgnore: true */ process.cwd(), '.contentlayer', 'generated'));
}

const GENERATED = generatedDir();

/** The file in the output folder that names the current generation (lib/content/generation.ts writes it last). */
export const GENERATION_FILE = '_generation';

/**
 * The name of contentlayer's last generation (scripts/content-build.mjs writes it after a whole
 * generation, scripts/content-watch.mjs after each save): it changes each time new output is
 * complete. Null when there is no output.
 */
export function generationStamp(dir: string = GENERATED): string | null {
  try {
    return fs.readFileSync(/* turbopackIgnore: true */ path.join(dir, GENERATION_FILE), 'utf8') || null;
  } catch {
    return null;
  }
}

/**
 * The error for a site with no generated content to read. Under next dev (`dev`): npm run dev's
 * first generation refused the content and there is no earlier one, or plain `next dev` runs
 * before any `npm run content:build`.
 */
export function noContentError(dev = false): Error {
  const dir = path.relative(process.cwd(), GENERATED) || GENERATED;
  return new Error(
    dev
      ? `No generated content in ${dir} yet. npm run dev writes it when it starts and again on each save (its terminal names any file to fix); reload this page once it is written. With plain \`next dev\`, run \`npm run content:build\` first.`
      : `No generated content in ${dir}. Run \`npm run content:build\` (npm run build and npm run dev do it for you).`,
  );
}

/** The fields of a post's document that its summary is made of: all the summary index keeps. */
const HEAD_FIELDS = ['slug', 'title', 'seo', 'description', 'excerpt', 'publishedAt', 'author', 'authors', 'categories', 'readingMinutes', 'hidePost', 'twitterCreator'] as const;
type PostHead = Pick<GeneratedPost, (typeof HEAD_FIELDS)[number]> & { _raw: Pick<GeneratedPost['_raw'], 'sourceFilePath'> };

function headOf(doc: GeneratedPost): PostHead {
  const head = Object.fromEntries(HEAD_FIELDS.filter((field) => doc[field] !== undefined).map((field) => [field, doc[field]]));
  return { ...head, _raw: { sourceFilePath: doc._raw.sourceFilePath } } as PostHead;
}

function toSummary(doc: PostHead): PostSummary {
  return {
    slug: doc.slug,
    url: postPath(doc.slug),
    title: doc.title.trim(),
    seoTitle: doc.seo?.title?.trim() || doc.title.trim(),
    description: doc.description,
    excerpt: doc.excerpt,
    publishedAt: doc.publishedAt,
    authorLine: doc.author.trim(),
    authors: doc.authors as Person[],
    categories: doc.categories as CategoryRef[],
    readingMinutes: doc.readingMinutes,
    hidden: doc.hidePost === true,
    twitterCreator: doc.twitterCreator || null,
    image: doc.seo?.image?.trim() || null,
    seoUrl: doc.seo?.url?.trim() || null,
    sourceFile: doc._raw.sourceFilePath,
  };
}

/** Every author profile by slug. */
export function readProfiles(): Map<string, AuthorProfile> {
  const file = path.join(GENERATED, 'Author', '_index.json');
  const docs: GeneratedAuthor[] = fs.existsSync(/* turbopackIgnore: true */ file) ? JSON.parse(fs.readFileSync(/* turbopackIgnore: true */ file, 'utf8')) : [];
  return new Map(
    docs.map((a) => [
      a.slug,
      { authorName: a.authorName, company: a.company, bio: a.bio, avatar: a.avatar, twitter: a.twitterHandle || null },
    ]),
  );
}

/** A source path as the editor knows it: below CONTENT_DIR (default content/). */
export const contentFile = (sourceFile: string) => displayPath(path.resolve(contentDir(), sourceFile));

/** The JSON files an `_index.mjs` imports (contentlayer's list of a type's current documents), in its order. */
export function barrelDocumentFiles(barrel: string): string[] {
  return [...barrel.matchAll(/from '\.\/([^']+\.json)'/g)].map((m) => m[1]!).filter((f) => !f.startsWith('_'));
}

/**
 * The JSON files of the current documents, as listed by contentlayer's own barrel file. The
 * folder itself is not the list: contentlayer2 never deletes the JSON of a removed or renamed post.
 */
function currentDocumentFiles(dir: string): string[] {
  return barrelDocumentFiles(fs.readFileSync(/* turbopackIgnore: true */ path.join(dir, '_index.mjs'), 'utf8'));
}

type Summary = PostSummary & { jsonFile: string };

// Each post's summary by JSON file, with the version of the file it was read from: under
// `npm run dev` a save rewrites one file, and only that one is read again.
const SUMMARIES_KEY = Symbol.for('openinfra.content.summaries.v2');
const holder = globalThis as typeof globalThis & { [SUMMARIES_KEY]?: Map<string, { version: string; summary: Summary; head: PostHead }> };
const summaries = (holder[SUMMARIES_KEY] ??= new Map());

/*
 * The summary index (`Post/_summaries.json`, beside contentlayer's files): the fields of each
 * post's document that its summary is made of, with the version of the JSON file they were read
 * from. A process that starts (a prerender worker, next dev's generateStaticParams worker after each
 * save, next start) reads it instead of every post's file: 10,000 posts, files in the page cache,
 * 341–491 → 193–196 ms. An entry counts only while its file is that version; any other file is read
 * as before. The summary itself is always made here, by this code, from those fields (toSummary's
 * type lets it read no others).
 */
const SUMMARY_INDEX = '_summaries.json';
type SummaryIndex = Record<string, { version: string; head: PostHead }>;

function readSummaryIndex(dir: string): SummaryIndex {
  try {
    return JSON.parse(fs.readFileSync(/* turbopackIgnore: true */ path.join(dir, SUMMARY_INDEX), 'utf8')) as SummaryIndex;
  } catch {
    return {};
  }
}

/** The summary of every current post of `generated` (the output read), with the JSON file its body is in; ordered by file name. */
export function readPostSummaries(generated: string = GENERATED): Summary[] {
  const dir = path.join(generated, 'Post');
  // Sorted, so a duplicate-URL message names the two files in the same order on every machine.
  const files = currentDocumentFiles(dir).sort().map((name) => path.join(dir, name));
  const current = new Set(files);
  for (const file of summaries.keys()) if (!current.has(file)) summaries.delete(file);
  let index: SummaryIndex | undefined;
  return files.map((jsonFile) => {
    const version = statVersion(fs.statSync(/* turbopackIgnore: true */ jsonFile));
    let entry = summaries.get(jsonFile);
    if (entry?.version !== version) {
      index ??= readSummaryIndex(dir);
      const saved = index[path.basename(jsonFile)];
      let head: PostHead;
      if (saved?.version === version) head = saved.head;
      else head = headOf(JSON.parse(fs.readFileSync(/* turbopackIgnore: true */ jsonFile, 'utf8')) as GeneratedPost);
      entry = { version, summary: { ...toSummary(head), jsonFile }, head };
      summaries.set(jsonFile, entry);
    }
    // A copy: the queries fill in names from the profiles, which may change without the post.
    return { ...entry.summary };
  });
}

/**
 * Writes the summary index of the output in `generated`: the folder the writer just generated
 * (after a whole generation, and after saves under npm run dev), whatever CONTENTLAYER_DIR says.
 */
export function writeSummaryIndex(generated: string): void {
  const dir = path.join(generated, 'Post');
  const index: SummaryIndex = {};
  for (const { jsonFile } of readPostSummaries(generated)) {
    const { version, head } = summaries.get(jsonFile)!;
    index[path.basename(jsonFile)] = { version, head };
  }
  writeAtomic(path.join(dir, SUMMARY_INDEX), JSON.stringify(index));
}

/** A post's body, read from its JSON file only when its page is rendered. */
export function readPostBody(jsonFile: string): { html: string; markdown: string } {
  const doc = JSON.parse(fs.readFileSync(/* turbopackIgnore: true */ jsonFile, 'utf8')) as GeneratedPost;
  return { html: doc.body.html, markdown: doc.body.raw };
}
