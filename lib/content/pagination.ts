import { site } from '../site';

export type Page<T> = { items: T[]; page: number; totalPages: number; total: number };

/** How many pages a list of `count` items fills; an empty list still has page 1. */
export function pageCount(count: number, size: number = site.pageSize): number {
  return Math.max(1, Math.ceil(count / size));
}

/** Page `page` (1-based) of `items`, or null when that page does not exist. Page 1 of nothing exists. */
export function paginate<T>(items: T[], page: number, size: number = site.pageSize): Page<T> | null {
  const totalPages = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return null;
  return { items: items.slice((page - 1) * size, page * size), page, totalPages, total: items.length };
}

/** Page numbers from 2 up, for the /page/N routes of a list. */
export function laterPageNumbers(count: number, size: number = site.pageSize): number[] {
  return Array.from({ length: pageCount(count, size) - 1 }, (_, i) => i + 2);
}

/** Parses a /page/N segment: a positive integer with no leading zero, else null. */
export function pageParam(raw: string): number | null {
  return /^[1-9]\d*$/.test(raw) ? Number(raw) : null;
}

/**
 * The page a list route shows: page 1 at the list's own URL (`raw` undefined), page N ≥ 2 at
 * `/page/N`. Null for anything else (`/page/1`, `/page/02`, past the end), which is a 404.
 */
export function listPage<T>(items: T[], raw?: string): Page<T> | null {
  if (raw === undefined) return paginate(items, 1);
  const n = pageParam(raw);
  return n !== null && n > 1 ? paginate(items, n) : null;
}
