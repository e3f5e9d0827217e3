// Builds the site from the sample content plus the e2e fixtures (a hidden post, enough posts to
// paginate) into .e2e/content, then serves the production build with `next start`.
import { execSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { nextStartArgs } from './next-start.mjs';

const port = process.argv[2] ?? '3210';
const root = process.cwd();
const target = path.join(root, '.e2e', 'content');
fs.rmSync(target, { recursive: true, force: true });
fs.cpSync(path.join(root, 'content'), target, { recursive: true });
fs.cpSync(path.join(root, 'e2e', 'fixtures'), target, { recursive: true });

const env = { ...process.env, CONTENT_DIR: target, SITE_URL: process.env.SITE_URL ?? `http://127.0.0.1:${port}` };
execSync('npm run build', { stdio: 'inherit', env });
// What `npm start` runs, as node itself: npm and npx run it under a shell that does not pass SIGTERM on, which left servers running.
const server = spawn(process.execPath, nextStartArgs(root, port), { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
