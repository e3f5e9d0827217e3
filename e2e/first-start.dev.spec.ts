import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { prepareWorkspace } from '../scripts/project-copy.mjs';

/*
 * A first `npm run dev` on a fresh clone whose archive has one file contentlayer2 refuses: there
 * is no generated content at all. /admin must still answer (the editor fixes the file there), a
 * page says what is going on, and it shows the post once the file is fixed. Then a start with
 * contentlayer2's cache in place, where next dev starts before the documents are written. Each
 * has its own npm run dev, in a scratch copy of the project (no .contentlayer, no .next), beside
 * the dev suite's server.
 */

const PORT = Number(process.env.E2E_DEV_PORT ?? 3350) + 5;
const DECAP_PORT = Number(process.env.E2E_DECAP_PORT ?? 8350) + 5;
const dir = path.join(process.cwd(), '.e2e', `first-start-${PORT}`);
const base = `http://127.0.0.1:${PORT}`;
const SLUG = 'the-openinfra-community-is-thriving';
const postFile = path.join(dir, 'content', 'posts', `${SLUG}.md`);
const env = { ...process.env, CONTENT_DIR: path.join(dir, 'content'), DECAP_SERVER_PORT: String(DECAP_PORT) };

/** The status and body of `url`, or status 0 while nothing listens. */
async function fetchPage(request: APIRequestContext, url: string) {
  try {
    const response = await request.get(url, { failOnStatusCode: false, maxRedirects: 0, timeout: 120_000 });
    return { status: response.status(), body: await response.text() };
  } catch {
    return { status: 0, body: '' };
  }
}

/**
 * Runs `npm run dev` (scripts/dev.mjs) in the scratch copy for `journey`, with its log (colour
 * codes taken out: Next colours statuses when the test runner forces colour), then stops it with
 * everything it started and removes the copy.
 */
async function withDev(journey: (devLog: () => string) => Promise<void>) {
  const logFile = path.join(dir, 'dev.log');
  const log = fs.openSync(logFile, 'w');
  const dev = spawn(process.execPath, [path.join('scripts', 'dev.mjs'), '-p', String(PORT), '-H', '127.0.0.1'], { cwd: dir, env, stdio: ['ignore', log, log], detached: true });
  try {
    await journey(() => fs.readFileSync(logFile, 'utf8').replace(/\x1b\[[\d;]*m/g, ''));
  } finally {
    if (dev.exitCode === null) {
      const exited = new Promise((resolve) => dev.once('exit', resolve));
      process.kill(-dev.pid!, 'SIGTERM');
      await exited;
    }
    fs.closeSync(log);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('a first start whose content is refused serves /admin, says so on the pages, and shows them once the file is fixed', async ({ request }) => {
  test.setTimeout(480_000);
  prepareWorkspace(process.cwd(), dir);
  fs.cpSync('content', path.join(dir, 'content'), { recursive: true });
  const original = fs.readFileSync(postFile, 'utf8');
  fs.writeFileSync(postFile, original.replace(/^author: (.*)$/m, 'author: [$1'));
  await withDev(async (devLog) => {
    await expect.poll(() => devLog(), { timeout: 240_000, intervals: [1_000] }).toContain('contentlayer2 refused the content and there is no earlier output');

    // The CMS, where the editor fixes the file: Decap's page, not a 500.
    await expect.poll(async () => (await fetchPage(request, `${base}/admin`)).status, { timeout: 240_000, intervals: [1_000] }).toBe(200);
    expect((await fetchPage(request, `${base}/admin`)).body).toContain('decap-cms');

    // npm run dev asked next dev for the search page itself (this test never does): it reads no
    // content, so it renders even now, and the layout and shared components are compiled before
    // an editor's first page asks for them.
    await expect.poll(() => devLog(), { timeout: 120_000, intervals: [1_000] }).toMatch(/GET \/search 200 in /);

    // A page: what is missing, who writes it, and what to do.
    const refused = await fetchPage(request, `${base}/blog/${SLUG}`);
    expect(refused.status).toBe(500);
    expect(refused.body).toContain('No generated content in .contentlayer/generated yet. npm run dev writes it when it starts and again on each save');
    expect(refused.body).toContain('reload this page once it is written');

    // Fixed, as the CMS would write it: the next generation is the first, and the page answers.
    fs.writeFileSync(postFile, original);
    await expect.poll(async () => (await fetchPage(request, `${base}/blog/${SLUG}`)).status, { timeout: 180_000, intervals: [1_000] }).toBe(200);
    expect((await fetchPage(request, `${base}/blog/${SLUG}`)).body).toContain('The OpenInfra Community is Thriving');
  });
});

test('with contentlayer2’s cache in place, next dev starts while contentlayer2 writes the documents, and serves them once written', async ({ request }) => {
  test.setTimeout(480_000);
  prepareWorkspace(process.cwd(), dir);
  fs.cpSync('content', path.join(dir, 'content'), { recursive: true });
  // An earlier generation's cache, as the editor's last npm run dev or npm run build left it.
  execFileSync(process.execPath, [path.join('scripts', 'content-build.mjs')], { cwd: dir, env, stdio: 'ignore' });
  fs.rmSync(path.join(dir, '.contentlayer', 'generated'), { recursive: true, force: true });
  await withDev(async (devLog) => {
    await expect.poll(() => devLog(), { timeout: 240_000, intervals: [1_000] }).toContain('first content generation took');
    const log = devLog();
    const early = log.indexOf("starting next dev while it writes them.");
    expect(early, log).toBeGreaterThan(-1);
    expect(early, 'next dev was started before contentlayer2 wrote the generation').toBeLessThan(log.indexOf('[contentlayer2] Generated '));
    await expect.poll(async () => (await fetchPage(request, `${base}/blog/${SLUG}`)).status, { timeout: 180_000, intervals: [1_000] }).toBe(200);
    expect((await fetchPage(request, `${base}/blog/${SLUG}`)).body).toContain('The OpenInfra Community is Thriving');
  });
});
