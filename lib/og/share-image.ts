import type { PostSummary } from '../content/queries';
import { postCardPath, siteCardPath } from '../paths';
import { absoluteUrl, site } from '../site';

/** An image as Open Graph, Twitter, feeds and JSON-LD announce it: absolute, with its size when known. */
export type ShareImage = { url: string; width?: number; height?: number; alt: string; type?: string };

/** A generated social card: absolute URL, size and type, so crawlers need not fetch it to lay it out. */
export const generatedCard = (path: string, alt: string): ShareImage => ({ url: absoluteUrl(path), ...site.card, alt });

/** The image of a post wherever it is shared: its own `seo.image` when given, else its generated card. */
export function postImage(post: Pick<PostSummary, 'image' | 'title' | 'slug'>): ShareImage {
  if (post.image) return { url: absoluteUrl(post.image), alt: post.title };
  return generatedCard(postCardPath(post.slug), post.title);
}

/** The site's own card, for every page without one of its own. */
export const siteImage = (): ShareImage => generatedCard(siteCardPath(), `${site.name}: ${site.description}`);
