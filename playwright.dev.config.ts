import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';

/*
 * The journeys under `npm run dev` on a scratch copy of the content, driven by Chromium: the live
 * preview while the spec edits the files, and Decap CMS at /admin writing them. Separate from playwright.config.ts, which tests the production build.
 */
const PORT = Number(process.env.E2E_DEV_PORT ?? 3350);
const baseURL = `http://127.0.0.1:${PORT}`;
// Inside the project (git-ignored .e2e/): decap-server, the CMS's local backend, writes only under the repository.
const contentDir = path.join(process.cwd(), '.e2e', `dev-content-${PORT}`);
const DECAP_PORT = Number(process.env.E2E_DECAP_PORT ?? 8350);
// The spec reads it; workers load this file too, so they see the same value.
process.env.E2E_DEV_CONTENT = contentDir;
const executablePath = findChromium() ?? undefined;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.dev.spec.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // First compiles of `next dev` on a busy 2-core machine take tens of seconds.
  timeout: 240_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  use: { baseURL, trace: 'retain-on-failure', navigationTimeout: 180_000 },
  projects: [{ name: 'chromium-dev', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: chromiumArgs } } }],
  webServer: {
    command: `node scripts/e2e-dev-content.mjs ${contentDir} && npm run dev -- -p ${PORT} -H 127.0.0.1`,
    url: `${baseURL}/blog`,
    // SITE_URL as a deploy sets it: new posts' seo.url is on it (e2e/cms.dev.spec.ts checks that).
    env: { ...(process.env as Record<string, string>), CONTENT_DIR: contentDir, DECAP_SERVER_PORT: String(DECAP_PORT), SITE_URL: 'https://openinfra.org' },
    timeout: 600_000,
    reuseExistingServer: false,
    // SIGTERM lets scripts/dev.mjs stop contentlayer2 and next dev with their children.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    stdout: process.env.E2E_DEV_VERBOSE ? 'pipe' : 'ignore',
    stderr: 'pipe',
  },
});
