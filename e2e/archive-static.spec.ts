import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { redirectTarget } from './support/location';

// Only `npm run test:e2e:static` runs this spec (playwright.config.ts adds its project when
// E2E_ARCHIVE_OUT names the archive site's out/): out/_redirects exists only in the export.
const out = process.env.E2E_ARCHIVE_OUT!;

test('out/_redirects parses, names every old form, and each of its lines is what nginx answers', async ({ request, baseURL }) => {
  const lines = fs.readFileSync(path.join(out, '_redirects'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  const rules = lines.map((l) => l.split(/\s+/));
  expect(rules.every((r) => r.length === 3 && r[0]!.startsWith('/') && r[1]!.startsWith('/') && r[2] === '301')).toBe(true);
  expect(rules.map(([from, to]) => [from, to])).toEqual(
    expect.arrayContaining([
      ['/blog/OISEU_programming_cicd', '/blog/oiseu-programming-cicd'],
      ['/blog/Zuul+Nodepool_Update', '/blog/zuul-nodepool-update'],
      ['/blog/openinfra.dev/blog/doubled-url-post', '/blog/doubled-url-post'],
      ['/blog/category/5-g-edge', '/blog/category/5g-edge'],
      ['/blog/author/jeremy-stanley-and-clark-boylan', '/blog/author/jeremy-stanley'],
    ]),
  );
  for (const [from, to] of rules) {
    const res = await request.get(from!, { maxRedirects: 0 });
    expect([from, res.status(), redirectTarget(res.headers()['location'], baseURL!)]).toEqual([from, 301, to]);
  }
});
