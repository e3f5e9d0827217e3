// The editor's loop under `npm run dev` (npm run bench -- --posts N --dev): how long until the
// first page answers, then save → the open page shows the change, measured in Chromium the way
// e2e/live-preview.dev.spec.ts watches it: a body edit and a frontmatter (title) edit in turn.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { devPhases, logStamper } from './dev-phases.mjs';
import { waitFor } from './web.mjs';

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Median and 95th percentile of a list of milliseconds. */
export function latencySummary(ms) {
  const sorted = [...ms].sort((a, b) => a - b);
  return { count: sorted.length, medianMs: percentile(sorted, 50), p95Ms: percentile(sorted, 95), maxMs: sorted.at(-1) };
}

/** A file's bytes from `offset` on (none when it does not exist yet). */
function readFrom(file, offset) {
  let fd;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return Buffer.alloc(0);
  }
  try {
    const size = fs.fstatSync(fd).size;
    const bytes = Buffer.alloc(Math.max(0, size - offset));
    const read = fs.readSync(fd, bytes, 0, bytes.length, offset);
    return bytes.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

/** Starts `npm run dev` in `dir`; resolves once `url` answers 200, with the seconds it took. */
async function startDev(dir, port, env, logFile) {
  const log = fs.openSync(logFile, 'w');
  const started = Date.now();
  const child = spawn(process.execPath, [path.join(dir, 'scripts', 'dev.mjs'), '-p', String(port), '-H', '127.0.0.1'], {
    cwd: dir,
    env,
    stdio: ['ignore', log, log],
    detached: true,
  });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', resolve);
      process.kill(-child.pid, 'SIGTERM');
    });
  return { child, started, stop };
}

/**
 * Runs `npm run dev` on the archive in `dir`, opens `articlePath` and saves its file `saves` times
 * (body and title in turn), each time waiting for the open page to show the new text.
 */
export async function devLoop({ dir, port, env, chromePath, articlePath, postFile, saves = 12, timeoutMs = 20_000 }) {
  const logFile = path.join(dir, 'dev.log');
  const dev = await startDev(dir, port, { ...env, PORT: String(port) }, logFile);
  const base = `http://127.0.0.1:${port}`;
  const original = fs.readFileSync(postFile, 'utf8');
  // The log's lines stamped as they appear while the first page is awaited: where its time went.
  const log = logStamper((offset) => readFrom(logFile, offset), () => Math.round((Date.now() - dev.started) / 100) / 10);
  // Read on a timer: a request waitFor has in flight can take seconds, and lines written meanwhile would be stamped late.
  const polling = setInterval(() => log.poll(), 100);
  const browser = await chromium.launch({ executablePath: chromePath });
  try {
    await waitFor(`${base}${articlePath}`, 600_000, () => (dev.child.exitCode === null ? null : `npm run dev exited with ${dev.child.exitCode}`));
    const firstPageS = Math.round((Date.now() - dev.started) / 100) / 10;
    // Next logs a request once it has answered it.
    for (let i = 0; i < 20 && !devPhases(log.entries, articlePath).firstRequest; i++) await new Promise((r) => setTimeout(r, 100));
    clearInterval(polling);
    log.poll();
    const phases = devPhases(log.entries, articlePath);
    const page = await browser.newPage();
    await page.goto(`${base}${articlePath}`);
    await page.getByRole('status').filter({ hasText: 'Live preview is on' }).waitFor({ timeout: 120_000 });
    const runs = [];
    for (let i = 1; i <= saves; i++) {
      const token = `Edit${i}x${Date.now().toString(36)}`;
      const kind = i % 2 ? 'body' : 'title';
      const text = kind === 'body' ? `${original}\n\nA paragraph saved as ${token}.\n` : original.replace(/^title: (.*)$/m, (_m, t) => `title: ${t.replace(/^(['"]?)/, `$1${token} `)}`);
      // Armed before the save, so the time counts from the write to the first frame showing it.
      const shown = page.waitForFunction((t) => document.body.innerText.includes(t), token, { timeout: timeoutMs, polling: 'raf' });
      const t0 = Date.now();
      fs.writeFileSync(postFile, text);
      try {
        await shown;
        runs.push({ kind, ms: Date.now() - t0 });
      } catch {
        runs.push({ kind, ms: null });
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    // A save never shown counts as slower than any shown one.
    const ms = (list) => list.map((r) => r.ms ?? Infinity);
    return {
      firstPageS,
      phases,
      saves: runs.length,
      missed: runs.filter((r) => r.ms === null).length,
      runs,
      ...latencySummary(ms(runs)),
      body: latencySummary(ms(runs.filter((r) => r.kind === 'body'))),
      frontmatter: latencySummary(ms(runs.filter((r) => r.kind === 'title'))),
    };
  } finally {
    clearInterval(polling);
    fs.writeFileSync(postFile, original);
    await browser.close();
    await dev.stop();
  }
}
