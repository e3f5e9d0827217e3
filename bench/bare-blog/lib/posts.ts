import type { Post } from 'contentlayer/generated';
import { kebab } from './slug';

/** Newest first, hidden posts left out: what every list shows (a hidden post keeps its own page). */
export function listed(posts: Post[]): Post[] {
  return posts.filter((p) => !p.hidePost).sort((a, b) => b.date.localeCompare(a.date));
}

/** The people an author line names: "A and B" and "A, B and C" are several authors. */
export function authorNames(post: Post): string[] {
  return post.author.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s+&\s+/).map((n) => n.trim()).filter(Boolean);
}

export const categoryNames = (post: Post): string[] => post.category.map((c) => c.label);
export const authorSlugs = (post: Post): string[] => authorNames(post).map(kebab);
export const categorySlugs = (post: Post): string[] => categoryNames(post).map(kebab);

/** Every slug that `namesOf` gives over the posts, with the first name seen for it. */
export function distinct(posts: Post[], namesOf: (p: Post) => string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const post of posts) {
    for (const name of namesOf(post)) {
      const slug = kebab(name);
      if (!found.has(slug)) found.set(slug, name);
    }
  }
  return found;
}

export const formatDate = (iso: string): string => new Date(iso).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
