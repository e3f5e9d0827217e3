import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium.mjs';

const PORT = Number(process.env.E2E_PORT ?? 3210);
/** Set E2E_BASE_URL to test a site that is already running (the static export behind nginx, say). */
const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${PORT}`;
const executablePath = findChromium() ?? undefined;
/** The archive's own site (scripts/e2e-archive-site.mjs): the sample plus test/fixtures/archive, imported. */
const ARCHIVE_PORT = Number(process.env.E2E_ARCHIVE_PORT ?? PORT + 1);
const archiveURL = process.env.E2E_ARCHIVE_BASE_URL ?? `http://127.0.0.1:${ARCHIVE_PORT}`;
const server = (command: string, url: string) => ({ command, url: `${url}/`, timeout: 600_000, reuseExistingServer: !process.env.CI, stdout: 'pipe' as const, stderr: 'pipe' as const });

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // *.dev.spec.ts drive `npm run dev`: playwright.dev.config.ts runs them.
  testIgnore: '**/*.dev.spec.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: { executablePath, args: chromiumArgs },
  },
  projects: [
    { name: 'chromium', testIgnore: ['**/*.dev.spec.ts', '**/archive.spec.ts', '**/archive-static.spec.ts'], use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: chromiumArgs } } },
    { name: 'archive', testMatch: '**/archive.spec.ts', use: { ...devices['Desktop Chrome'], baseURL: archiveURL, launchOptions: { executablePath, args: chromiumArgs } } },
    // The archive site's static export only (npm run test:e2e:static sets E2E_ARCHIVE_OUT to its out/).
    ...(process.env.E2E_ARCHIVE_OUT ? [{ name: 'archive-static', testMatch: '**/archive-static.spec.ts', use: { baseURL: archiveURL } }] : []),
  ],
  webServer: [
    ...(process.env.E2E_BASE_URL ? [] : [server(`node scripts/e2e-server.mjs ${PORT}`, baseURL)]),
    ...(process.env.E2E_ARCHIVE_BASE_URL ? [] : [server(`node scripts/e2e-archive-site.mjs ${ARCHIVE_PORT}`, archiveURL)]),
  ],
});
