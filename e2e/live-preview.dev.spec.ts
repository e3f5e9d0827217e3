import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

/*
 * An editor's journey under `npm run dev` (playwright.dev.config.ts): edit a post and watch the open
 * page follow without a reload; break it, read the error, fix it; add a post, delete it.
 * Every file here is in the scratch copy of the content, never in content/.
 */

const contentDir = process.env.E2E_DEV_CONTENT;
if (!contentDir) throw new Error('Run this spec with playwright.dev.config.ts (npm run test:e2e:dev).');
const postsDir = path.join(contentDir, 'posts');
const SLUG = 'the-openinfra-community-is-thriving';
const postFile = path.join(postsDir, `${SLUG}.md`);
const ORIGINAL_TITLE = 'The OpenInfra Community is Thriving';
let original = '';

test.describe.configure({ mode: 'serial' });
test.beforeAll(() => {
  original = fs.readFileSync(postFile, 'utf8');
});

/** Marks the document; a reload or a full navigation would lose the mark. */
async function markDocument(page: Page) {
  await page.evaluate(() => Object.assign(window, { livePreviewMark: 'same document' }));
}
async function expectSameDocument(page: Page) {
  expect(await page.evaluate(() => (window as Window & { livePreviewMark?: string }).livePreviewMark)).toBe('same document');
}

/** Opens a page and waits until its live preview has received the content status. */
async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole('status').filter({ hasText: 'Live preview is on' })).toHaveCount(1, { timeout: 120_000 });
  await markDocument(page);
}

const contentError = (page: Page) => page.getByRole('alert').filter({ hasText: /content error/ });
const heading = (page: Page) => page.getByRole('heading', { level: 1 });

test.afterEach(() => {
  fs.writeFileSync(postFile, original);
  for (const name of fs.readdirSync(postsDir)) if (name.startsWith('zz-')) fs.rmSync(path.join(postsDir, name));
});

test('an edited post updates in the open page without a reload', async ({ page }) => {
  await open(page, `/blog/${SLUG}`);
  await expect(heading(page)).toHaveText(ORIGINAL_TITLE);

  const title = 'The OpenInfra Community is Thriving, edited live';
  // The page notes when the new title first shows, to measure save -> update.
  await page.evaluate((expected) => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('h1')?.textContent === expected) {
        Object.assign(window, { updatedAt: Date.now() });
        observer.disconnect();
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, title);
  const savedAt = Date.now();
  fs.writeFileSync(postFile, `${original.replace(/^title: .*$/m, `title: ${title}`)}\nA paragraph written while the page was open.\n`);

  await expect(heading(page)).toHaveText(title);
  await expect(page.getByText('A paragraph written while the page was open.')).toBeVisible();
  await expectSameDocument(page);
  const updatedAt = await page.evaluate(() => (window as Window & { updatedAt?: number }).updatedAt ?? NaN);
  const latency = updatedAt - savedAt;
  test.info().annotations.push({ type: 'save-to-update latency', description: `${latency} ms` });
  console.log(`live preview: save -> updated heading in ${latency} ms`);
  expect(latency).toBeGreaterThan(0);
});

const breakages = [
  {
    name: 'broken YAML',
    write: () => fs.writeFileSync(postFile, original.replace(/^author: (.*)$/m, 'author: [$1')),
    // The parser notices the unclosed `[` on the next line, and the message says to look at both.
    message: /the-openinfra-community-is-thriving\.md: \w+ is not valid YAML at line 5, column 1/,
    fix: /Fix: check line 5 and the line above it/,
  },
  {
    name: 'a missing title',
    write: () => fs.writeFileSync(postFile, original.replace(/^title: .*\n/m, '')),
    message: /the-openinfra-community-is-thriving\.md: title is missing\./,
    fix: /Fix: add `title: Your headline`\./,
  },
  {
    name: 'an unparseable date',
    write: () => fs.writeFileSync(postFile, original.replace(/^date: .*$/m, 'date: next Tuesday')),
    message: /the-openinfra-community-is-thriving\.md: date "next Tuesday" is not a date\./,
    fix: /Fix: write a real calendar date as YYYY-MM-DD/,
  },
  {
    name: 'two posts on one URL',
    write: () => fs.writeFileSync(path.join(postsDir, 'zz-copy.md'), original),
    message: /zz-copy\.md: seo\.url resolves to \/blog\/the-openinfra-community-is-thriving, the same URL as .*the-openinfra-community-is-thriving\.md\./,
    fix: /Fix: give one of .* and .* a different seo\.url/,
  },
];

for (const breakage of breakages) {
  test(`${breakage.name} shows in the page, and the page comes back once fixed`, async ({ page }) => {
    await open(page, `/blog/${SLUG}`);
    await expect(heading(page)).toHaveText(ORIGINAL_TITLE);

    breakage.write();
    await expect(contentError(page)).toContainText(breakage.message);
    await expect(contentError(page)).toContainText(breakage.fix);
    await expectSameDocument(page);

    // Loaded anew meanwhile (a reload, another tab): the same banner, and the last version that built
    // (two posts on one URL: the first file's, which keeps the URL under next dev).
    await open(page, `/blog/${SLUG}`);
    await expect(contentError(page)).toContainText(breakage.message);
    await expect(heading(page)).toHaveText(ORIGINAL_TITLE);

    fs.writeFileSync(postFile, original);
    fs.rmSync(path.join(postsDir, 'zz-copy.md'), { force: true });
    await expect(contentError(page)).toHaveCount(0);
    await expect(heading(page)).toHaveText(ORIGINAL_TITLE);
    await expectSameDocument(page);
  });
}

test('a new post appears in the archive and goes when its file is deleted', async ({ page }) => {
  await open(page, '/blog');
  const title = 'A Post Written During the Preview';
  const link = page.getByRole('link', { name: title });
  await expect(link).toHaveCount(0);

  const file = path.join(postsDir, 'zz-written-during-the-preview.md');
  fs.writeFileSync(
    file,
    original
      .replace(/^title: .*$/m, `title: ${title}`)
      .replace(/^date: .*$/m, `date: ${new Date().toISOString()}`)
      .replace(/^\s*title: The OpenInfra Community is Thriving$/m, `  title: ${title}`)
      .replace(`url: https://openinfra.dev/blog/${SLUG}`, 'url: https://openinfra.dev/blog/written-during-the-preview'),
  );
  // Newest first: the new post leads the archive.
  await expect(page.getByRole('article').first().getByRole('link', { name: title })).toBeVisible();
  await expectSameDocument(page);
  // next dev may answer the first visit with a 404 (its generateStaticParams are stale for a
  // moment, and the router then loads the 404 as a new document); the page then follows.
  await link.click();
  await expect(heading(page)).toHaveText(title);

  await open(page, '/blog');
  await expect(link).toBeVisible();
  fs.rmSync(file);
  await expect(link).toHaveCount(0);
  // The newest listed post leads the archive again (the edited post is on a later page).
  await expect(page.getByRole('article').nth(1).getByRole('link', { name: /^Why OpenInfra’s Move to the Linux Foundation/ })).toBeVisible();
  await expectSameDocument(page);
});

test('a hidden post is listed and marked in dev, and its page says it is unlisted', async ({ page }) => {
  await open(page, '/blog');
  await expect(page.getByRole('heading', { level: 2, name: 'An Unlisted Post for Reviewers Hidden' })).toBeVisible();

  await page.getByRole('link', { name: 'An Unlisted Post for Reviewers' }).click();
  await expect(heading(page)).toHaveText('An Unlisted Post for Reviewers');
  const note = page.getByRole('note');
  await expect(note).toContainText('Hidden post.');
  await expect(note).toContainText('appears in no list, feed, sitemap or search');
});
