// The editor's loop under `npm run dev` (npm run bench -- --posts N --dev): how long until the
// first page answers, then save → the open page shows the change, measured in Chromium the way
// e2e/live-preview.dev.spec.ts watches it: a body edit and a frontmatter (title) edit in turn.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { waitFor } from './web.mjs';

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Median and 95th percentile of a list of milliseconds. */
export function latencySummary(ms) {
  const sorted = [...ms].sort((a, b) => a - b);
  return { count: sorted.length, medianMs: percentile(sorted, 50), p95Ms: percentile(sorted, 95), maxMs: sorted.at(-1) };
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
  const dev = await startDev(dir, port, { ...env, PORT: String(port) }, path.join(dir, 'dev.log'));
  const base = `http://127.0.0.1:${port}`;
  const original = fs.readFileSync(postFile, 'utf8');
  const browser = await chromium.launch({ executablePath: chromePath });
  try {
    await waitFor(`${base}${articlePath}`, 600_000, () => (dev.child.exitCode === null ? null : `npm run dev exited with ${dev.child.exitCode}`));
    const firstPageS = Math.round((Date.now() - dev.started) / 100) / 10;
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
      saves: runs.length,
      missed: runs.filter((r) => r.ms === null).length,
      runs,
      ...latencySummary(ms(runs)),
      body: latencySummary(ms(runs.filter((r) => r.kind === 'body'))),
      frontmatter: latencySummary(ms(runs.filter((r) => r.kind === 'title'))),
    };
  } finally {
    fs.writeFileSync(postFile, original);
    await browser.close();
    await dev.stop();
  }
}
