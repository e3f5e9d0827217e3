/** The page segment build:static deletes from out/: page 1 of a list lives at the list's own URL. */
export const PLACEHOLDER_PAGE = '1';

/** True while `npm run build:static` builds the static export (next.config.mjs reads the same variable). */
export function isStaticExport(): boolean {
  return process.env.NEXT_OUTPUT === 'export';
}

/**
 * generateStaticParams of a "/page/N" route. Under `output: 'export'` Next refuses an empty list,
 * which every list short of two pages gives; the export then gets one placeholder, page 1, that
 * the route answers with notFound() and build:static deletes from out/.
 */
export function pagedParams<T extends { page: string }>(params: T[], placeholder: Omit<T, 'page'>): T[] {
  if (params.length > 0 || !isStaticExport()) return params;
  return [{ ...placeholder, page: PLACEHOLDER_PAGE } as T];
}
