import { contentFile, generationStamp, noContentError, readPostBody, readPostSummaries, readProfiles, type AuthorProfile, type CategoryRef, type Post, type PostSummary } from './source';
import type { Person } from '../rules/slug';
import { site } from '../site';
import { isDevServer } from '../env';

/*
 * The one content boundary: every view, feed and sitemap asks these queries, and visibility
 * (hidden posts) is decided here once. lib/content/source.ts reads contentlayer's output.
 */

export type { AuthorProfile, CategoryRef, Post, PostSummary };

export type AuthorEntry = { slug: string; name: string; count: number; profile: AuthorProfile | null };
export type CategoryEntry = CategoryRef & { count: number };

/** True under `next dev`: hidden posts then show in lists, marked, so editors can preview them. */
export const PREVIEW = isDevServer();

type Store = {
  stamp: string;
  all: PostSummary[];
  bySlug: Map<string, PostSummary & { jsonFile: string }>;
  listed: PostSummary[];
  listedIndex: Map<string, number>;
  browsable: PostSummary[];
  byCategory: Map<string, PostSummary[]>;
  listedByCategory: Map<string, PostSummary[]>;
  listedCategoryIndex: Map<string, number>;
  byAuthor: Map<string, PostSummary[]>;
  categoryLabels: Map<string, string>;
  authorNames: Map<string, string>;
  profiles: Map<string, AuthorProfile>;
};

// Under next dev on globalThis: proxy.ts, the pages and the live preview's event stream are module
// instances of their own in one process, and share one copy of the content per generation.
const STORE_KEY = Symbol.for('openinfra.content.store');
const shared = globalThis as typeof globalThis & { [STORE_KEY]?: Store | null };
let store: Store | null = PREVIEW ? (shared[STORE_KEY] ?? null) : null;

const newestFirst = (a: PostSummary, b: PostSummary) =>
  b.publishedAt.localeCompare(a.publishedAt) || a.slug.localeCompare(b.slug);

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function load(stamp: string): Store {
  const profiles = readProfiles();
  // A person with a profile is named as the profile spells it ("Ildiko Vancsa" -> "Ildikó Váncsa").
  const canonical = (people: Person[]) => people.map((p) => ({ ...p, name: profiles.get(p.slug)?.authorName ?? p.name }));
  const bySlug: Store['bySlug'] = new Map();
  for (const summary of readPostSummaries()) {
    summary.authors = canonical(summary.authors);
    const clash = bySlug.get(summary.slug);
    // Under next dev the page stays up while an editor fixes it: the first file (by name) keeps the
    // URL, and the live preview's banner names both files and the fix (the validator's check). A
    // build refuses both.
    if (clash && PREVIEW) continue;
    if (clash) {
      throw new Error(
        `Two posts resolve to ${summary.url}: ${contentFile(clash.sourceFile)} and ${contentFile(summary.sourceFile)}. ` +
          'Give one of them a different seo.url.',
      );
    }
    bySlug.set(summary.slug, summary);
  }
  const all = [...bySlug.values()].sort(newestFirst);
  const listed = all.filter((p) => !p.hidden);
  const browsable = PREVIEW ? all : listed;
  const byCategory: Store['byCategory'] = new Map();
  const byAuthor: Store['byAuthor'] = new Map();
  const categoryLabels = new Map<string, string>();
  const authorNames = new Map<string, string>();
  for (const post of browsable) {
    for (const c of post.categories) {
      push(byCategory, c.slug, post);
      if (!categoryLabels.has(c.slug)) categoryLabels.set(c.slug, c.label);
    }
    for (const a of post.authors) {
      push(byAuthor, a.slug, post);
      if (!authorNames.has(a.slug)) authorNames.set(a.slug, a.name);
    }
  }
  const listedByCategory: Store['listedByCategory'] = new Map();
  const listedCategoryIndex = new Map<string, number>();
  for (const post of listed) {
    const first = post.categories[0];
    if (!first) continue;
    push(listedByCategory, first.slug, post);
    listedCategoryIndex.set(post.slug, listedByCategory.get(first.slug)!.length - 1);
  }
  for (const [slug, profile] of profiles) if (!authorNames.has(slug)) authorNames.set(slug, profile.authorName);
  return {
    stamp,
    all,
    bySlug,
    listed,
    listedIndex: new Map(listed.map((p, i) => [p.slug, i])),
    browsable,
    byCategory,
    listedByCategory,
    listedCategoryIndex,
    byAuthor,
    categoryLabels,
    authorNames,
    profiles,
  };
}

/** A file missing or cut short while contentlayer2 rewrites it (not a problem with the content). */
const unreadable = (error: unknown) => error instanceof SyntaxError || (error as NodeJS.ErrnoException)?.code === 'ENOENT';

function data(): Store {
  // In production the content never changes under a running build; in dev it does, on every save.
  if (store && !PREVIEW) return store;
  if (PREVIEW) store = shared[STORE_KEY] ?? store;
  for (let attempt = 1; ; attempt++) {
    try {
      const stamp = generationStamp();
      if (stamp === null) throw noContentError(PREVIEW);
      if (!store || store.stamp !== stamp) {
        store = load(stamp);
        if (PREVIEW) shared[STORE_KEY] = store;
      }
      return store;
    } catch (error) {
      if (!PREVIEW) throw error;
      // Nothing was ever written (the first generation refused the content): nothing to wait for,
      // and each wait below stops next dev, /admin's requests included, for 100 ms.
      if (!store && contentPending()) throw error;
      // A whole generation (first start, config change) deletes, then rewrites, each file: a read can
      // fall in between. Try again for a while, then show the last content that loaded.
      if (attempt >= 5) {
        if (store && unreadable(error)) return store;
        throw error;
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
}

/**
 * True under `next dev` while there is no content to read: npm run dev's first generation refused
 * the content and there is no earlier one (next dev runs, so that /admin can fix it), or plain
 * `next dev` before `npm run content:build`. Never in production (a build needs the content).
 */
export function contentPending(): boolean {
  return PREVIEW && generationStamp() === null;
}

/** Every post that may appear in public lists, feeds, sitemaps and search: never a hidden one. Newest first. */
export function listedPosts(): PostSummary[] {
  return data().listed;
}

/** What the list views show: the listed posts, plus hidden ones (marked) under `next dev`. */
export function browsablePosts(): PostSummary[] {
  return data().browsable;
}

/** Every post, hidden ones included (each has a page), newest first. */
export function everyPost(): PostSummary[] {
  return data().all;
}

/** Every post slug, hidden ones included: each post's page is built and reachable by its URL. */
export function postSlugs(): string[] {
  return data().all.map((p) => p.slug);
}

/** The summary of any post (hidden ones too) for a slug, or null. */
export function postSummary(slug: string): PostSummary | null {
  const found = data().bySlug.get(slug);
  if (!found) return null;
  const { jsonFile: _file, ...summary } = found;
  return summary;
}

/** The newest browsable posts. */
export function latestPosts(count: number): PostSummary[] {
  return browsablePosts().slice(0, count);
}

/** The full post (body included) for a slug, or null. */
export function postBySlug(slug: string): Post | null {
  const summary = data().bySlug.get(slug);
  if (!summary) return null;
  const { jsonFile, ...rest } = summary;
  return { ...rest, ...readPostBody(jsonFile) };
}

/** Categories of the browsable posts with their counts, by label. */
export function categories(): CategoryEntry[] {
  const { byCategory, categoryLabels } = data();
  return [...byCategory.entries()]
    .map(([slug, posts]) => ({ slug, label: categoryLabels.get(slug) ?? slug, count: posts.length }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** One category with its count, or null when no browsable post carries it. */
export function categoryBySlug(slug: string): CategoryEntry | null {
  return categories().find((c) => c.slug === slug) ?? null;
}

/** Browsable posts in a category, newest first. */
export function postsInCategory(slug: string): PostSummary[] {
  return data().byCategory.get(slug) ?? [];
}

function authorEntry(slug: string, s: Store): AuthorEntry | null {
  const name = s.authorNames.get(slug);
  if (!name) return null;
  return { slug, name, count: s.byAuthor.get(slug)?.length ?? 0, profile: s.profiles.get(slug) ?? null };
}

/** Every author: each person credited on a browsable post, and each profile. By name. */
export function authors(): AuthorEntry[] {
  const s = data();
  return [...s.authorNames.keys()]
    .map((slug) => authorEntry(slug, s))
    .filter((a): a is AuthorEntry => a !== null)
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** One author (with the profile when there is one), or null. */
export function authorBySlug(slug: string): AuthorEntry | null {
  return authorEntry(slug, data());
}

/** Browsable posts credited to an author, newest first. */
export function postsByAuthor(slug: string): PostSummary[] {
  return data().byAuthor.get(slug) ?? [];
}

const listedOnly = (posts: PostSummary[]) => (PREVIEW ? posts.filter((p) => !p.hidden) : posts);

/** Listed posts in a category, newest first: never a hidden one, not even under `next dev` (feeds, sitemap). */
export function listedPostsInCategory(slug: string): PostSummary[] {
  return listedOnly(postsInCategory(slug));
}

/** Listed posts credited to an author, newest first: never a hidden one, not even under `next dev`. */
export function listedPostsByAuthor(slug: string): PostSummary[] {
  return listedOnly(postsByAuthor(slug));
}

/** The newer and older listed neighbours of a post; none for a hidden post. */
export function adjacentPosts(slug: string): { newer: PostSummary | null; older: PostSummary | null } {
  const { listed, listedIndex } = data();
  const i = listedIndex.get(slug);
  if (i === undefined) return { newer: null, older: null };
  return { newer: listed[i - 1] ?? null, older: listed[i + 1] ?? null };
}

/**
 * A few listed posts from the post's first category, nearest in date. Constant work per post:
 * it looks only at the neighbours in the category's date-sorted list.
 */
export function relatedPosts(slug: string, count: number = site.relatedCount): PostSummary[] {
  const s = data();
  const post = s.bySlug.get(slug);
  const first = post?.categories[0];
  if (!post || !first) return [];
  const pool = s.listedByCategory.get(first.slug) ?? [];
  const at = s.listedCategoryIndex.get(slug);
  // A hidden post is not in the pool, so it is placed among the category's posts by its date.
  const found = at ?? pool.findIndex((p) => p.publishedAt <= post.publishedAt);
  const place = found < 0 ? pool.length : found;
  let older = at === undefined ? place : place + 1;
  let newer = place - 1;
  const picked: PostSummary[] = [];
  while (picked.length < count && (older < pool.length || newer >= 0)) {
    if (older < pool.length) picked.push(pool[older++]!);
    if (picked.length < count && newer >= 0) picked.push(pool[newer--]!);
  }
  return picked;
}
