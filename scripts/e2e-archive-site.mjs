// The archive's e2e site: a copy of the project (source only, node_modules hard-linked) whose
// content is test/fixtures/archive alone, brought in by the real `npm run import -- --archive`
// into an empty content folder, as the live archive would be, built and served on its own port, so the main e2e build keeps
// its exact expectations. `--static` builds the export and serves it with nginx instead.
//   node scripts/e2e-archive-site.mjs <port> [--static]
import { execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { nextStartArgs } from './next-start.mjs';
import { startNginx } from './nginx.mjs';
import { prepareWorkspace } from './project-copy.mjs';

const root = process.cwd();
const port = process.argv[2] ?? '3211';
const staticExport = process.argv.includes('--static');
export const ARCHIVE_SITE = path.join(root, '.e2e', 'archive-site');

// The throw-away copy the benchmark makes too (scripts/project-copy.mjs): source only, node_modules hard-linked, its own git repository.
prepareWorkspace(root, ARCHIVE_SITE);

// The archive is the whole content, as when the live site moves here.
fs.rmSync(path.join(ARCHIVE_SITE, 'content'), { recursive: true, force: true });
fs.mkdirSync(path.join(ARCHIVE_SITE, 'content', 'posts'), { recursive: true });
fs.mkdirSync(path.join(ARCHIVE_SITE, 'content', 'authors'), { recursive: true });

const env = { ...process.env, SITE_URL: process.env.SITE_URL ?? `http://127.0.0.1:${port}`, CONTENT_DIR: '' };
const run = (command) => execSync(command, { cwd: ARCHIVE_SITE, stdio: 'inherit', env });
run('npm run import -- --archive test/fixtures/archive');
run(staticExport ? 'npm run build:static' : 'npm run build');

let child;
if (staticExport) {
  const nginx = await startNginx({ root: path.join(ARCHIVE_SITE, 'out'), port: Number(port), prefix: path.join(ARCHIVE_SITE, '.nginx') });
  console.log(`nginx serves the archive site's export at ${nginx.url}`);
  const stop = async () => {
    await nginx.stop();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, stop);
  setInterval(() => {}, 1 << 30);
} else {
  // What `npm start` runs there.
  child = spawn(process.execPath, nextStartArgs(ARCHIVE_SITE, port), { cwd: ARCHIVE_SITE, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}
