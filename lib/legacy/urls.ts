import kebabCase from 'lodash/kebabCase';

/*
 * The live (Gatsby) site's URL rules, so every address it ever served can be answered here. The
 * old site built category and author URLs with lodash 4's kebabCase; using it keeps every split
 * ("OpenStack" -> "open-stack", "21CTO" -> "21-cto") exactly as the old site made it.
 */

/** The old site's URL of a category page: /blog/category/<kebabCase(label)>. */
export const legacyCategoryPath = (label: string) => `/blog/category/${kebabCase(label)}`;

/** The old site's URL of an author page: /blog/author/<kebabCase(the whole author string)>. */
export const legacyAuthorPath = (author: string) => `/blog/author/${kebabCase(author)}`;

/**
 * The path the old site served a post at: the pathname of its seo.url, verbatim (case, `_` and
 * `+` kept; a doubled URL at its doubled path), decoded, without a trailing slash. Null when
 * seo.url has no path.
 */
export function legacyArticlePath(seoUrl: string | null): string | null {
  if (!seoUrl) return null;
  let pathname: string;
  try {
    // A relative seo.url ("my-post", "/blog/my-post") was served below /blog/ as Gatsby resolved it.
    pathname = new URL(seoUrl.trim(), 'https://openinfra.org/blog/').pathname;
  } catch {
    return null;
  }
  const decoded = decodePath(pathname);
  const trimmed = decoded?.replace(/\/+$/, '');
  return trimmed ? trimmed : null;
}

/** A URL path percent-decoded, or null when its escapes are malformed. */
export function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}
