import { expect } from '@playwright/test';

/** A Location header as a path and query: nginx sends it relative, next start absolute on the same origin. */
export function redirectTarget(location: string | undefined, base: string): string {
  const url = new URL(location ?? '', base);
  expect(url.origin).toBe(new URL(base).origin);
  return `${url.pathname}${url.search}`;
}
