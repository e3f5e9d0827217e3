import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { checkContent } from '../lib/authoring/validate';
import { parseFrontmatter } from '../lib/authoring/frontmatter';

/*
 * An editor's journey through Decap CMS under `npm run dev` (playwright.dev.config.ts), on 127.0.0.1:
 * create a post in /admin, see the file land in the scratch content and the post on /blog; edit its
 * title and watch the open article follow; try to save a post without a title and be refused.
 */

const contentDir = process.env.E2E_DEV_CONTENT;
if (!contentDir) throw new Error('Run this spec with playwright.dev.config.ts (npm run test:e2e:dev).');
const postsDir = path.join(contentDir, 'posts');
const TITLE = 'Zuul Gating Explained: a CMS Journey';
const SLUG = 'zuul-gating-explained-a-cms-journey';
const file = path.join(postsDir, `${SLUG}.md`);
const postFiles = () => fs.readdirSync(postsDir).sort();

test.describe.configure({ mode: 'serial' });
test.afterAll(() => fs.rmSync(file, { force: true }));

/** Opens the CMS on the local backend (its login button only confirms decap-server) at `hash`. */
async function openCms(page: Page, hash: string) {
  // Leaving an entry with unsaved changes asks for confirmation: the journey always means it.
  page.on('dialog', (d) => void d.accept());
  await page.goto('/admin');
  await page.getByRole('button', { name: 'Login' }).click();
  await expect(page.getByRole('link', { name: 'Blog' }).first()).toBeVisible();
  await page.goto(`/admin#${hash}`);
}

/** Clicks Publish, then "Publish now". */
async function publish(page: Page) {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
}

const field = (page: Page, name: string) => page.locator(`[id^="${name}-field-"]`);
const titleBox = (page: Page) => page.getByRole('textbox', { name: 'Title', exact: true });

test('a post written in /admin lands in content/posts, passes content:check and shows on /blog', async ({ page, context }) => {
  const archive = await context.newPage();
  await archive.goto('/blog');
  await expect(archive.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 120_000 });

  await openCms(page, '/collections/blog/new');
  await titleBox(page).fill(TITLE);
  await field(page, 'author').click();
  await page.getByRole('option', { name: 'Allison Price' }).click();
  await field(page, 'date').fill('2026-11-30T09:30');
  await page.getByRole('checkbox', { name: 'Community' }).check();
  await page.getByRole('checkbox', { name: 'Events' }).check();
  // The body editor's switch from rich text to Markdown source (it has no accessible name).
  await page.getByText('Rich Text', { exact: true }).locator('..').getByRole('switch').click();
  await page.getByRole('textbox').last().click();
  await page.keyboard.type('## What gating means\n\nEvery change is tested before it merges. Read the [Zuul documentation](https://zuul-ci.org/docs/) first.');
  await publish(page);

  await expect.poll(() => fs.existsSync(file), { timeout: 30_000 }).toBe(true);
  const source = fs.readFileSync(file, 'utf8');
  const parsed = parseFrontmatter(source);
  if (!('data' in parsed)) throw new Error(parsed.problem.message);
  expect(parsed.data).toEqual({
    templateKey: 'blog-post',
    title: TITLE,
    author: 'Allison Price',
    date: '2026-11-30T09:30:00.000Z',
    category: [
      { value: 'category-h2Ztx9rpD', label: 'Community' },
      { value: 'category-events', label: 'Events' },
    ],
    hidePost: false,
    seo: { title: TITLE, url: `https://openinfra.org/blog/${SLUG}`, description: '', twitterUsername: '@OpenInfraDev' },
  });
  expect(parsed.body).toContain('## What gating means');
  expect(parsed.body).toContain('[Zuul documentation](https://zuul-ci.org/docs/)');

  const report = checkContent(contentDir);
  expect(report.errors).toEqual([]);
  expect(report.warnings.filter((w) => w.file.endsWith(`${SLUG}.md`))).toEqual([]);

  // The open archive follows without a reload (the live preview), within a few seconds.
  await expect(archive.getByRole('link', { name: TITLE })).toBeVisible({ timeout: 15_000 });
  await archive.close();
});

test('the Authors collection lists the profiles of content/authors', async ({ page }) => {
  await openCms(page, '/collections/authors');
  const profiles = fs.readdirSync(path.join(contentDir, 'authors')).length;
  await expect(page.getByRole('link', { name: /Allison Price/ })).toBeVisible();
  await expect(page.locator('a[href*="#/collections/authors/entries/"]')).toHaveCount(profiles);
});

test('a title edited in /admin updates the open article page', async ({ page, context }) => {
  const article = await context.newPage();
  await article.goto(`/blog/${SLUG}`);
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(TITLE, { timeout: 120_000 });
  await expect(article.getByRole('heading', { name: 'What gating means' })).toBeVisible();
  await expect(article.getByRole('link', { name: 'Zuul documentation' })).toHaveAttribute('href', 'https://zuul-ci.org/docs/');

  await openCms(page, `/collections/blog/entries/${SLUG}`);
  await expect(titleBox(page)).toHaveValue(TITLE);
  await titleBox(page).fill(`${TITLE}, revised`);
  await publish(page);

  await expect(article.getByRole('heading', { level: 1 })).toHaveText(`${TITLE}, revised`, { timeout: 15_000 });
  // The URL stays: seo.url was written on the first save.
  expect(new URL(article.url()).pathname).toBe(`/blog/${SLUG}`);
  expect(postFiles().filter((f) => f.startsWith('zuul-'))).toEqual([`${SLUG}.md`]);
});

test('a post without a title is refused by the CMS with its message, and no file is written', async ({ page }) => {
  const before = postFiles();
  await openCms(page, '/collections/blog/new');
  await field(page, 'author').click();
  await page.getByRole('option', { name: 'Jonathan Bryce' }).click();
  await field(page, 'date').fill('2026-11-30T09:30');
  await publish(page);

  await expect(page.getByText('Oops, you\'ve missed a required field. Please complete before saving.')).toBeVisible();
  await expect(page.getByText('Title is required.')).toBeVisible();
  await page.waitForTimeout(2_000);
  expect(postFiles()).toEqual(before);
});
