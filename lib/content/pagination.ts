import { site } from '../site';

export type Page<T> = { items: T[]; page: number; totalPages: number; total: number };

/** Page `page` (1-based) of `items`, or null when that page does not exist. Page 1 of nothing exists. */
export function paginate<T>(items: T[], page: number, size: number = site.pageSize): Page<T> | null {
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return null;
  return { items: items.slice((page - 1) * size, page * size), page, totalPages, total: items.length };
}

/** Page numbers from 2 up, for the /page/N routes of a list. */
export function laterPageNumbers(count: number, size: number = site.pageSize): number[] {
  const totalPages = Math.max(1, Math.ceil(count / size));
  return Array.from({ length: totalPages - 1 }, (_, i) => i + 2);
}

/** Parses a /page/N segment: a positive integer with no leading zero, else null. */
export function pageParam(raw: string): number | null {
  return /^[1-9]\d*$/.test(raw) ? Number(raw) : null;
}
