import { decodeEntities } from '../rules/text';

/*
 * The search page's browser side: load Pagefind's JS API from the built index, run a query, and
 * turn its results into what the page shows. Only the search page imports this module.
 */

/** Results loaded per step ("Show more" loads the next batch). */
export const RESULTS_PER_PAGE = 10;

/** Where the index is served: public/pagefind under next start, out/pagefind in the static export. */
export const PAGEFIND_BUNDLE = '/pagefind/pagefind.js';

export type ExcerptPart = { text: string; match: boolean };

/**
 * Splits Pagefind's excerpt (entity-encoded text with <mark> around matches) into plain-text
 * parts, so React renders it without innerHTML. Empty parts are dropped.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/gi;
  let last = 0;
  const push = (html: string, match: boolean) => {
    const text = decodeEntities(html.replace(/<[^>]*>/g, ''));
    if (text) parts.push({ text, match });
  };
  for (let m = pattern.exec(excerpt); m; m = pattern.exec(excerpt)) {
    push(excerpt.slice(last, m.index), false);
    push(m[1] ?? '', true);
    last = m.index + m[0].length;
  }
  push(excerpt.slice(last), false);
  return parts;
}

/** The subset of Pagefind's result data this site reads. */
export type PagefindResultData = { url: string; excerpt: string; meta: Record<string, string | undefined> };

export type SearchHit = { url: string; title: string; date: string | null; excerpt: ExcerptPart[] };

/** One result as the page shows it: title (the URL when missing), ISO date or null, highlighted excerpt. */
export function searchHit(data: PagefindResultData): SearchHit {
  const date = data.meta.date && !Number.isNaN(Date.parse(data.meta.date)) ? data.meta.date : null;
  const excerpt = excerptParts(data.excerpt);
  return {
    url: data.url,
    title: data.meta.title?.trim() || data.url,
    date,
    excerpt: excerpt.length > 0 || !data.meta.excerpt ? excerpt : [{ text: data.meta.excerpt, match: false }],
  };
}

/** What the live region says once a search has finished. */
export function resultsMessage(total: number, query: string): string {
  if (total === 0) return `No posts match “${query}”.`;
  return `${total} ${total === 1 ? 'post matches' : 'posts match'} “${query}”.`;
}

export type PagefindResult = { id: string; data: () => Promise<PagefindResultData> };

/** The subset of Pagefind's JS API (pagefind.js) this site calls. */
export type Pagefind = {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
};

/** Results `from` … `from + count` as hits; only these results' fragments are downloaded. */
export function loadHits(results: PagefindResult[], from: number, count: number = RESULTS_PER_PAGE): Promise<SearchHit[]> {
  return Promise.all(results.slice(from, from + count).map(async (result) => searchHit(await result.data())));
}

export type SearchOutcome = { query: string; results: PagefindResult[]; hits: SearchHit[] };

/** Runs a query and loads the first page of hits. */
export async function searchPosts(pagefind: Pagefind, query: string): Promise<SearchOutcome> {
  const found = await pagefind.search(query);
  const results = found?.results ?? [];
  return { query, results, hits: await loadHits(results, 0) };
}

let loading: Promise<Pagefind> | null = null;

/**
 * Loads Pagefind's JS API once, from the built index (public/pagefind or out/pagefind). Rejects
 * when there is no index, as under `next dev`; a later call tries again.
 */
export function loadPagefind(bundle: string = PAGEFIND_BUNDLE): Promise<Pagefind> {
  loading ??= (async () => {
    // The bundler must leave this import alone: the file exists only once the site is built.
    const pagefind = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ bundle)) as Pagefind;
    await pagefind.options({ excerptLength: 30, excerptEllipsis: '…' });
    return pagefind;
  })().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
