import { isStaticExport } from '../env';
import { authorPath, blogPath, categoryPath, postPath } from '../paths';
import { laterPageNumbers, listPage, type Page } from './pagination';
import {
  authorBySlug,
  authors,
  browsablePosts,
  categories,
  categoryBySlug,
  postSlugs,
  postsByAuthor,
  postsInCategory,
  type AuthorEntry,
  type CategoryEntry,
  type PostSummary,
} from './queries';

/*
 * The content routes, once: each dynamic route's params (its generateStaticParams) and the URL of
 * each, and what a list route shows for its params. The routes, their cards and feeds, and the
 * live preview (which watches for new URLs) all read this table.
 */

type Params = Record<string, string>;
type Route<P extends Params> = { params: () => P[]; url: (p: P) => string; placeholder?: () => P };

const route = <P extends Params>(r: Route<P>) => ({ ...r, urls: () => r.params().map(r.url) });

/** The page segment of the placeholder a static export needs: page 1 lives at the list's own URL, so it is a 404. */
export const PLACEHOLDER_PAGE = '1';

const pages = (count: number) => laterPageNumbers(count).map(String);

export const contentRoutes = {
  '/blog/[slug]': route({ params: () => postSlugs().map((slug) => ({ slug })), url: (p) => postPath(p.slug) }),
  '/blog/page/[page]': route({
    params: () => pages(browsablePosts().length).map((page) => ({ page })),
    url: (p) => blogPath(Number(p.page)),
    placeholder: () => ({ page: PLACEHOLDER_PAGE }),
  }),
  '/blog/category/[category]': route({ params: () => categories().map((c) => ({ category: c.slug })), url: (p) => categoryPath(p.category) }),
  '/blog/category/[category]/page/[page]': route({
    params: () => categories().flatMap((c) => pages(c.count).map((page) => ({ category: c.slug, page }))),
    url: (p) => categoryPath(p.category, Number(p.page)),
    placeholder: () => ({ category: categories()[0]?.slug ?? 'none', page: PLACEHOLDER_PAGE }),
  }),
  '/blog/author/[author]': route({ params: () => authors().map((a) => ({ author: a.slug })), url: (p) => authorPath(p.author) }),
  '/blog/author/[author]/page/[page]': route({
    params: () => authors().flatMap((a) => pages(a.count).map((page) => ({ author: a.slug, page }))),
    url: (p) => authorPath(p.author, Number(p.page)),
    placeholder: () => ({ author: authors()[0]?.slug ?? 'none', page: PLACEHOLDER_PAGE }),
  }),
};

export type ContentRoute = keyof typeof contentRoutes;
type ParamsOf<R extends ContentRoute> = ReturnType<(typeof contentRoutes)[R]['params']>[number];

/**
 * generateStaticParams of a content route. Under `output: 'export'` Next refuses an empty list,
 * which every list short of two pages gives; the export then gets one placeholder, page 1, that
 * the route answers with notFound() and build:static deletes from out/.
 */
export function staticParams<R extends ContentRoute>(name: R): ParamsOf<R>[] {
  const r = contentRoutes[name] as unknown as Route<ParamsOf<R>>;
  const params = r.params();
  return params.length === 0 && r.placeholder && isStaticExport() ? [r.placeholder()] : params;
}

/** Every URL of each content route, by route: what the live preview compares to find new pages. */
export function contentRouteUrls(): Map<string, Set<string>> {
  return new Map(Object.entries(contentRoutes).map(([name, r]) => [name, new Set(r.urls())]));
}

/** What a list route shows: the subject (category or author) and one page of its posts. */
export type Listing<S> = { subject: S; page: Page<PostSummary> };

/** The blog archive at `page` (undefined: the archive's own URL), or null for a page that does not exist. */
export function blogListing(page?: string): Listing<null> | null {
  const shown = listPage(browsablePosts(), page);
  return shown && { subject: null, page: shown };
}

/** A category's list at `page`, or null when the category or the page does not exist. */
export function categoryListing(slug: string, page?: string): Listing<CategoryEntry> | null {
  const category = categoryBySlug(slug);
  const shown = category && listPage(postsInCategory(category.slug), page);
  return category && shown ? { subject: category, page: shown } : null;
}

/** An author's list at `page`, or null when the author or the page does not exist. */
export function authorListing(slug: string, page?: string): Listing<AuthorEntry> | null {
  const author = authorBySlug(slug);
  const shown = author && listPage(postsByAuthor(author.slug), page);
  return author && shown ? { subject: author, page: shown } : null;
}
