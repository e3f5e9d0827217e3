#!/usr/bin/env node
// node bench/dev-new-posts.mjs [--posts N] [--port P]: `npm run dev` on a scratch copy of the content
// (.e2e/dev-new-posts), then N new posts one after the other. Each new post's page is requested by
// six clients at once (three GET, three HEAD) every 100 ms for 4 s from the moment the archive
// lists it, the way several open tabs and the live preview's own requests meet it. Prints the
// statuses and how often the dev server failed with "Unexpected end of JSON input", which is
// next dev reading .next/dev/prerender-manifest.json while it rewrites it: Next 16.4's bug, gone in 16.5.0
// (README, live preview).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { option } from './lib/args.mjs';
import { waitFor } from './lib/web.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(option('posts', '10'));
const port = Number(option('port', '3360'));
const content = path.join(ROOT, '.e2e', 'dev-new-posts');
const logFile = path.join(ROOT, '.e2e', 'dev-new-posts.log');
execFileSync(process.execPath, ['scripts/e2e-dev-content.mjs', content], { cwd: ROOT, stdio: 'ignore' });
const log = fs.createWriteStream(logFile);
const server = spawn('npm', ['run', 'dev', '--', '-p', String(port), '-H', '127.0.0.1'], {
  cwd: ROOT,
  env: { ...process.env, CONTENT_DIR: content, DECAP_SERVER_PORT: String(port + 5000) },
  detached: true,
});
server.stdout.pipe(log);
server.stderr.pipe(log);
const base = `http://127.0.0.1:${port}`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function until(check, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return true;
    await sleep(200);
  }
  return false;
}
const failures = () => (fs.readFileSync(logFile, 'utf8').match(/Unexpected end of JSON input/g) ?? []).length;

try {
  await waitFor(`${base}/blog`, 300_000);
  const model = fs.readFileSync(path.join(content, 'posts', 'the-openinfra-community-is-thriving.md'), 'utf8');
  const statuses = {};
  for (let i = 0; i < rounds; i++) {
    const slug = `a-new-post-${i}-${Date.now()}`;
    const file = path.join(content, 'posts', `zz-${slug}.md`);
    fs.writeFileSync(
      file,
      model
        .replace(/^title: .*$/m, `title: A New Post ${i}`)
        .replace(/^date: .*$/m, `date: ${new Date().toISOString()}`)
        .replace(/url: \S+/, `url: https://openinfra.dev/blog/${slug}`),
    );
    await until(async () => (await (await fetch(`${base}/blog`)).text()).includes(slug), 30_000);
    const end = Date.now() + 4000;
    while (Date.now() < end) {
      const one = (method) => fetch(`${base}/blog/${slug}`, { method }).then((r) => `${method} ${r.status}`, (e) => `${method} ${e.message}`);
      for (const s of await Promise.all(['GET', 'HEAD', 'GET', 'HEAD', 'GET', 'HEAD'].map(one))) statuses[s] = (statuses[s] ?? 0) + 1;
      await sleep(100);
    }
    fs.rmSync(file);
    await sleep(1500);
    console.log(`post ${i + 1}/${rounds}: ${JSON.stringify(statuses)}; "Unexpected end of JSON input" so far: ${failures()}`);
  }
} finally {
  process.kill(-server.pid, 'SIGTERM');
  await sleep(3000);
}
