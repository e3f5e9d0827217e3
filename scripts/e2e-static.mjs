// `npm run test:e2e:static`: the end-to-end specs against the static export behind nginx.
// Builds out/ from the sample content plus e2e/fixtures (as scripts/e2e-server.mjs does for
// `next start`), serves it with deploy/nginx.conf on 127.0.0.1:$E2E_PORT, runs Playwright with
// E2E_BASE_URL pointing there, and stops nginx. Extra arguments go to `playwright test`.
import { execSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startNginx } from './nginx.mjs';

const port = Number(process.env.E2E_PORT ?? 3210);
const root = process.cwd();
const content = path.join(root, '.e2e', 'content');
fs.rmSync(content, { recursive: true, force: true });
fs.cpSync(path.join(root, 'content'), content, { recursive: true });
fs.cpSync(path.join(root, 'e2e', 'fixtures'), content, { recursive: true });

const baseUrl = `http://127.0.0.1:${port}`;
const env = { ...process.env, CONTENT_DIR: content, SITE_URL: process.env.SITE_URL ?? baseUrl };
execSync('npm run build:static', { stdio: 'inherit', env });

const nginx = await startNginx({ root: path.join(root, 'out'), port, prefix: path.join(root, '.e2e', 'nginx') });
console.log(`nginx serves out/ at ${nginx.url}`);
// The archive's site, exported and behind its own nginx (scripts/e2e-archive-site.mjs --static).
const archivePort = port + 1;
const archiveUrl = `http://127.0.0.1:${archivePort}`;
const archive = spawn(process.execPath, ['scripts/e2e-archive-site.mjs', String(archivePort), '--static'], { stdio: 'inherit', env: { ...process.env, SITE_URL: archiveUrl } });
let status = 1;
try {
  await waitFor(`${archiveUrl}/`, archive);
  const run = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...env, E2E_BASE_URL: baseUrl, E2E_ARCHIVE_BASE_URL: archiveUrl, E2E_ARCHIVE_OUT: path.join(root, '.e2e', 'archive-site', 'out') },
  });
  status = run.status ?? 1;
} finally {
  await nginx.stop();
  archive.kill('SIGTERM');
}
process.exit(status);

/** Resolves once `url` answers; fails if `child` exits first or 15 minutes pass. */
async function waitFor(url, child) {
  const deadline = Date.now() + 900_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the archive site exited with code ${child.exitCode} before serving ${url}`);
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${url} did not answer within 15 minutes`);
}
