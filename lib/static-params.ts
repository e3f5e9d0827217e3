/** True while `npm run build:static` builds the static export (next.config.mjs reads the same variable). */
export const STATIC_EXPORT = process.env.NEXT_OUTPUT === 'export';

/** The page segment build:static deletes from out/: page 1 of a list lives at the list's own URL. */
export const PLACEHOLDER_PAGE = '1';

/**
 * generateStaticParams of a "/page/N" route. Under `output: 'export'` Next refuses an empty list,
 * which every list short of two pages gives; the export then gets one placeholder, page 1, that
 * the route answers with notFound() and build:static deletes from out/.
 */
export function pagedParams<T extends { page: string }>(params: T[], placeholder: Omit<T, 'page'>): T[] {
  if (params.length > 0 || !STATIC_EXPORT) return params;
  return [{ ...placeholder, page: PLACEHOLDER_PAGE } as T];
}
