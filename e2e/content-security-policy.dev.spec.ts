import { expect, test } from '@playwright/test';

// `npm run dev` (playwright.dev.config.ts): the relaxed policy of lib/security/headers.ts for Next's
// dev tooling and the live preview, and nothing it still blocks on the pages an editor opens.
test('next dev sends the relaxed policy, and the pages an editor opens break none of it', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.effectiveDirective} ${e.blockedURI}`)));
  const response = await page.goto('/blog/the-openinfra-community-is-thriving');
  const csp = (await response?.headerValue('content-security-policy')) ?? '';
  expect(csp).toContain("script-src 'self' 'unsafe-inline' 'unsafe-eval' 'wasm-unsafe-eval';");
  expect(csp).toContain("connect-src 'self' ws:;");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(await response?.headerValue('x-frame-options')).toBe('DENY');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The OpenInfra Community is Thriving');
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');
  expect(violations).toEqual([]);
});
