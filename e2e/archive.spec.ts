import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { redirectTarget } from './support/location';

// The archive's own site (scripts/e2e-archive-site.mjs): test/fixtures/archive as
// `npm run import -- --archive` brought it into an empty content folder. Every address the old site served must answer, in
// one hop; its pages must be as valid and accessible as the sample's.

/** Old address -> the page it must answer with (after exactly one permanent redirect). */
const OLD_ADDRESSES: [string, string][] = [
  ['/blog/OISEU_programming_cicd/', '/blog/oiseu-programming-cicd'],
  ['/blog/OISEU_programming_cicd', '/blog/oiseu-programming-cicd'],
  ['/blog/Zuul+Nodepool_Update/', '/blog/zuul-nodepool-update'],
  ['/blog/openinfra.dev/blog/doubled-url-post/', '/blog/doubled-url-post'],
  ['/blog/category/open-stack/', '/blog/category/openstack'],
  ['/blog/category/starling-x/', '/blog/category/starlingx'],
  ['/blog/category/open-infra-labs/', '/blog/category/openinfra-labs'],
  ['/blog/category/5-g-edge/', '/blog/category/5g-edge'],
  ['/blog/author/jimmy-mc-arthur/', '/blog/author/jimmy-mcarthur'],
  ['/blog/author/21-cto/', '/blog/author/21cto'],
  ['/blog/author/jeremy-stanley-and-clark-boylan/', '/blog/author/jeremy-stanley'],
];

/** Addresses the old site used that are this site's own pages too (with its trailing slash). */
const SAME_ADDRESSES = ['/blog/kata-containers-at-the-edge/', '/blog/author/ildiko-vancsa/', '/blog/category/kata-containers/', '/blog/'];

const ARCHIVE_PAGES = [
  '/blog/oiseu-programming-cicd',
  '/blog/zuul-nodepool-update',
  '/blog/doubled-url-post',
  '/blog/kata-containers-at-the-edge',
  '/blog/category/openinfra-labs',
  '/blog/author/jeremy-stanley',
];

test.describe('every old address answers', () => {
  for (const [old, page] of OLD_ADDRESSES) {
    test(`${old} -> ${page}, query kept`, async ({ request, baseURL }) => {
      const first = await request.get(`${old}?utm_source=mailing-list`, { maxRedirects: 0 });
      expect(first.status()).toBe(301);
      expect(redirectTarget(first.headers()['location'], baseURL!)).toBe(`${page}?utm_source=mailing-list`);
      const landed = await request.get(first.headers()['location']!, { maxRedirects: 0 });
      expect(landed.status()).toBe(200);
    });
  }

  for (const old of SAME_ADDRESSES) {
    test(`${old} loses only its slash`, async ({ request, baseURL }) => {
      const first = await request.get(old, { maxRedirects: 0 });
      expect(first.status()).toBe(308);
      expect(redirectTarget(first.headers()['location'], baseURL!)).toBe(old.replace(/\/$/, ''));
      expect((await request.get(first.headers()['location']!, { maxRedirects: 0 })).status()).toBe(200);
    });
  }

  test('the old feed is still the feed', async ({ request }) => {
    const feed = await request.get('/rss.xml', { maxRedirects: 0 });
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain('OpenInfra Summit Europe: Programming CI/CD');
  });
});

test.describe('images as readers expect them', () => {
  test('every local image has its size, a srcset whose files exist, and its alt text', async ({ page, request }) => {
    await page.goto('/blog/oiseu-programming-cicd');
    const img = page.getByRole('img', { name: 'The Zuul pipeline, drawn by the team' });
    await expect(img).toHaveAttribute('width', '1400');
    await expect(img).toHaveAttribute('height', '700');
    await expect(img).toHaveAttribute('loading', 'eager');
    const candidates = await page.locator('article picture source, article picture img').evaluateAll((nodes) =>
      nodes.flatMap((n) => (n.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(' ')[0]!)),
    );
    expect(candidates.length).toBe(12);
    for (const url of candidates) {
      const res = await request.get(url);
      expect([url, res.status()]).toEqual([url, 200]);
      expect(res.headers()['content-type']).toMatch(/^image\/(avif|webp|png)/);
    }
    // The browser picks a variant, not the 1400 px original.
    expect(await img.evaluate((el: HTMLImageElement) => el.currentSrc)).toMatch(/\/img\/_v\/zuul-pipeline-[0-9a-f]{10}-\d+\.(avif|webp|png)$/);
  });

  test('an image further down loads lazily; a missing one keeps its alt text', async ({ page }) => {
    await page.goto('/blog/zuul-nodepool-update');
    await expect(page.getByRole('img', { name: 'Photo of the team at the PTG' })).toHaveAttribute('width', '900');
    await page.goto('/blog/kata-containers-at-the-edge');
    await expect(page.getByRole('img', { name: 'Edge architecture' })).toHaveAttribute('src', '/img/edge-architecture-missing.png');
  });
});

test.describe("the archive's pages are valid and accessible", () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`no axe violations in ${scheme} mode`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      for (const url of ARCHIVE_PAGES) {
        await page.goto(url);
        const results = await new AxeBuilder({ page }).analyze();
        expect([url, results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)]).toEqual([url, []]);
      }
    });
  }

  test('the W3C checker (vnu) finds no error', async ({ request }) => {
    test.setTimeout(120_000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vnu-'));
    const files = [];
    for (const url of ARCHIVE_PAGES) {
      const file = path.join(dir, `${url.replaceAll('/', '_')}.html`);
      fs.writeFileSync(file, await (await request.get(url)).text());
      files.push(file);
    }
    const jar = path.join('node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
    const output = execFileSync('java', ['-jar', jar, '--format', 'json', '--errors-only', '--exit-zero-always', '--stdout', ...files], { encoding: 'utf8' });
    const messages = (JSON.parse(output) as { messages: { type: string; url: string; message: string }[] }).messages;
    expect(messages.map((m) => `${path.basename(m.url)}: ${m.message}`)).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
