import { expect, test, type Page } from '@playwright/test';

// Every kind of page, under the strict CSP the server sends (next start: proxy.ts; the static
// export: deploy/nginx.conf). A blocked inline script, style, image, font, fetch or WebAssembly
// compile fires `securitypolicyviolation` and logs a console error; both are collected.
const PAGES = [
  { kind: 'home', path: '/', status: 200 },
  { kind: 'archive page 2', path: '/blog/page/2', status: 200 },
  { kind: 'article', path: '/blog/openinfra-foundation-welcomes-microsoft', status: 200 },
  { kind: 'category', path: '/blog/category/community', status: 200 },
  { kind: 'author', path: '/blog/author/allison-price', status: 200 },
  { kind: 'search', path: '/search?q=magma', status: 200 },
  { kind: '404', path: '/blog/no-such-post', status: 404 },
] as const;

type Violation = { directive: string; blocked: string; sample: string; page: string };

/** Records violations from the first byte of every document (an init script runs before the page's own). */
async function watchViolations(page: Page): Promise<{ violations: Violation[]; consoleErrors: string[] }> {
  const violations: Violation[] = [];
  const consoleErrors: string[] = [];
  await page.exposeFunction('__reportViolation', (v: Violation) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportViolation: (v: unknown) => void }).__reportViolation;
      report({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, page: location.pathname });
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Content-Security-Policy/i.test(message.text())) consoleErrors.push(message.text());
  });
  return { violations, consoleErrors };
}

const CSP_SCRIPT_SRC = /(?:^|;)\s*script-src ([^;]+)/;

for (const { kind, path, status } of PAGES) {
  test(`${kind}: the strict CSP is sent and nothing on the page breaks it, theme toggle used`, async ({ page }) => {
    const seen = await watchViolations(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(status);
    const csp = (await response?.headerValue('content-security-policy')) ?? '';
    const scriptSrc = CSP_SCRIPT_SRC.exec(csp)?.[1]?.split(/\s+/) ?? [];
    expect(scriptSrc[0]).toBe("'self'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    // Each inline script of the page is admitted by its own hash: at least the theme script and Next's bootstrap.
    expect(scriptSrc.filter((source) => source.startsWith("'sha256-")).length).toBeGreaterThanOrEqual(3);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");

    // The page hydrated (React runs only if its scripts were allowed), then the theme toggle works.
    const toggle = page.getByRole('button', { name: 'Dark mode' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    // A reload runs the inline theme script first: the page starts dark.
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');

    expect(seen.violations).toEqual([]);
    expect(seen.consoleErrors).toEqual([]);
  });
}

test('a search run from the header box loads Pagefind and its WebAssembly under the CSP, and finds the post', async ({ page }) => {
  const seen = await watchViolations(page);
  await page.goto('/blog');
  const box = page.getByRole('search', { name: 'Site' }).getByRole('searchbox');
  await box.fill('magma');
  await box.press('Enter');
  await expect(page).toHaveURL('/search?q=magma');
  await expect(page.getByRole('status')).toHaveText('1 post matches “magma”.');
  // Then a second query typed on the search page itself.
  const pageBox = page.getByRole('search', { name: 'Posts' }).getByRole('searchbox');
  await pageBox.fill('annual');
  await pageBox.press('Enter');
  await expect(page).toHaveURL('/search?q=annual');
  await expect(page.getByRole('list', { name: /^Results for/ }).getByRole('listitem').first()).toBeVisible();
  expect(seen.violations).toEqual([]);
  expect(seen.consoleErrors).toEqual([]);
});

test('a script injected into the page is blocked, so the watcher can see a violation', async ({ page }) => {
  const seen = await watchViolations(page);
  await page.goto('/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
  });
  await expect.poll(() => seen.violations.length).toBe(1);
  expect(seen.violations[0]?.directive).toBe('script-src-elem');
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});
