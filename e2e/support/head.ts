import type { Page } from '@playwright/test';

export type Head = {
  title: string;
  /** Every <meta name|property> tag: name -> its contents, in document order. */
  meta: Record<string, string[]>;
  canonical: string | null;
  /** Every JSON-LD block, parsed. */
  jsonLd: Record<string, unknown>[];
};

/** Reads the page's metadata from the DOM: meta tags by name or property, the canonical link, parsed JSON-LD. */
export async function readHead(page: Page): Promise<Head> {
  const raw = await page.evaluate(() => ({
    title: document.title,
    meta: [...document.querySelectorAll('meta')]
      .map((m) => [m.getAttribute('property') ?? m.getAttribute('name'), m.getAttribute('content')] as const)
      .filter((pair): pair is readonly [string, string] => pair[0] !== null && pair[1] !== null),
    canonicals: [...document.querySelectorAll('link[rel="canonical"]')].map((l) => l.getAttribute('href')),
    jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
  }));
  if (raw.canonicals.length > 1) throw new Error(`${raw.canonicals.length} canonical links on ${page.url()}`);
  const meta: Record<string, string[]> = {};
  for (const [key, value] of raw.meta) (meta[key] ??= []).push(value);
  return {
    title: raw.title,
    meta,
    canonical: raw.canonicals[0] ?? null,
    jsonLd: raw.jsonLd.map((text) => JSON.parse(text) as Record<string, unknown>),
  };
}

/** The one value of a meta tag; throws when the tag is missing or repeated, so a test sees which. */
export function one(head: Head, key: string): string {
  const values = head.meta[key] ?? [];
  if (values.length !== 1) throw new Error(`expected one <meta ${key}>, found ${values.length}: ${JSON.stringify(values)}`);
  return values[0]!;
}

/** The JSON-LD blocks of a schema.org type. */
export function ldOfType(head: Head, type: string): Record<string, unknown>[] {
  return head.jsonLd.filter((block) => block['@type'] === type);
}
