import { expect, test } from '@playwright/test';
import { observatory } from '../scripts/observatory.mjs';

// MDN HTTP Observatory on the server under test (next start, or the static export behind nginx):
// A+ with every test passed, bar the two that need HTTPS (scripts/observatory.mjs says why).
for (const path of ['/', '/blog/openinfra-foundation-welcomes-microsoft', '/search', '/blog/category/community']) {
  test(`Observatory: ${path} scores A+ with every test passed`, async ({ baseURL }) => {
    const result = await observatory(baseURL!, path);
    expect(result.status).toBe(200);
    expect(result.tests.filter((t) => !t.pass).map((t) => `${t.name}: ${t.result}`)).toEqual([]);
    expect(result.tests.find((t) => t.name === 'content-security-policy')?.result).toBe('csp-implemented-with-no-unsafe-default-src-none');
    expect(result.grade).toBe('A+');
    expect(result.score).toBeGreaterThanOrEqual(100);
  });
}
