/*
 * Search, the part every page may load: the query as the URL carries it, and what an article
 * page tells the indexer (scripts/search-index.mjs). The browser side of searching is in
 * lib/search/results.ts, which only the search page loads. Neither imports lib/content/queries.ts.
 */

/** The longest query kept; longer input is cut (Pagefind gains nothing from a paragraph). */
export const MAX_QUERY_LENGTH = 200;

type Indexable = { hidden: boolean; publishedAt: string; excerpt: string };

/**
 * The attributes that put an article into the search index: its body, with the date and excerpt
 * as metadata. A hidden post gets none, so the indexer never sees it.
 */
export function searchIndexAttributes(post: Indexable): Record<string, string> {
  if (post.hidden) return {};
  return {
    'data-pagefind-body': '',
    'data-pagefind-meta': 'date[data-date], excerpt[data-excerpt]',
    'data-date': post.publishedAt,
    'data-excerpt': post.excerpt,
  };
}

/** A query as typed, from a URL or a form field: whitespace collapsed, trimmed, capped in length. */
export function normaliseQuery(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}
