// Page weight, load and Lighthouse measurements against a running server.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { available as cpuAvailable, treeCpuSeconds } from './measure.mjs';

const gz = (buf) => zlib.gzipSync(buf, { level: 6 }).length;

/** The wrk script that opens every connection before the load starts (see its header). */
export const WRK_START = fileURLToPath(new URL('./wrk-start.lua', import.meta.url));

/** Resolves when `url` answers 200, or rejects after `timeoutMs` (or as soon as `gone()` names why the server is not coming). */
export async function waitFor(url, timeoutMs = 60_000, gone = () => null) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const reason = gone();
    if (reason) throw new Error(reason);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Every script a page makes a modern browser load: <script src> and <link rel=preload|modulepreload
 * as=script>. `noModule` scripts (Next's legacy polyfills) are skipped: module-capable browsers never fetch them.
 */
export function scriptUrls(html, base) {
  const found = new Set();
  for (const m of html.matchAll(/<script\b[^>]*>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(m[0]);
    if (src && !/\bnoModule\b/i.test(m[0])) found.add(src[1]);
  }
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    if (/\brel="(preload|modulepreload)"/.test(tag) && (/\bas="script"/.test(tag) || /modulepreload/.test(tag))) {
      const href = /\bhref="([^"]+)"/.exec(tag);
      if (href) found.add(href[1]);
    }
  }
  return [...found].map((u) => new URL(u.replace(/&amp;/g, '&'), base).href);
}

/** fetch with three tries: right after a load test a server may still be draining connections. */
export async function fetchRetry(url, init) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, init);
    } catch (error) {
      if (attempt >= 3) throw new Error(`${url}: ${error.cause?.message ?? error.message}`);
      await new Promise((r) => setTimeout(r, 1000 * attempt));
    }
  }
}

/** Gzipped bytes of a page's HTML and of every script it references (fetched, gzipped at level 6). */
export async function pageWeight(url) {
  const res = await fetchRetry(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const html = Buffer.from(await res.arrayBuffer());
  const scripts = [];
  for (const src of scriptUrls(html.toString('utf8'), url)) {
    const r = await fetchRetry(src);
    if (!r.ok) throw new Error(`${src}: HTTP ${r.status}`);
    const body = Buffer.from(await r.arrayBuffer());
    scripts.push({ url: new URL(src).pathname, bytes: body.length, gzip: gz(body) });
  }
  const inlineScripts = [...html.toString('utf8').matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return {
    url,
    htmlBytes: html.length,
    htmlGzip: gz(html),
    inlineScriptBytes: inlineScripts.reduce((n, s) => n + Buffer.byteLength(s), 0),
    scripts,
    jsBytes: scripts.reduce((n, s) => n + s.bytes, 0),
    jsGzip: scripts.reduce((n, s) => n + s.gzip, 0),
  };
}

const hasWrk = () => {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (e) {
    // wrk --version exits 1 but prints its version: it exists when the spawn itself worked.
    return e.code !== 'ENOENT' && e.status !== 127;
  }
};

const ms = (v, unit) => v * { us: 0.001, ms: 1, s: 1000 }[unit];

/** Parses wrk --latency output into { rps, p50Ms, p99Ms, requests, errors }. */
export function parseWrk(text) {
  const lat = (p) => {
    const m = new RegExp(`^\\s*${p}%\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm').exec(text);
    return m ? Math.round(ms(Number(m[1]), m[2]) * 100) / 100 : null;
  };
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(text);
  const total = /(\d+) requests in/.exec(text);
  const non2xx = /Non-2xx or 3xx responses:\s+(\d+)/.exec(text);
  const sockErr = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text);
  const errors = (non2xx ? Number(non2xx[1]) : 0) + (sockErr ? sockErr.slice(1).reduce((n, v) => n + Number(v), 0) : 0);
  return { rps: rps ? Math.round(Number(rps[1])) : null, p50Ms: lat(50), p99Ms: lat(99), requests: total ? Number(total[1]) : null, errors };
}

/**
 * The server's CPU (every thread of `serverPid` and its descendants, from /proc) a request over the
 * measured seconds, in µs, as `serverCpuUsPerRequest`; nothing without /proc or a server pid.
 */
function serverCpu(serverPid) {
  if (!serverPid || !cpuAvailable) return () => ({});
  const before = treeCpuSeconds(serverPid);
  return (requests) => ({ serverCpuUsPerRequest: requests > 0 ? Math.round(((treeCpuSeconds(serverPid) - before) * 1e6) / requests) : null });
}

/**
 * Load from a second process: Debian's wrk when installed (one thread: the machine has 2 cores,
 * one for the server), else autocannon from npm. `connections` in flight for `seconds`. With
 * `serverPid`, also the server's CPU a request over the measured seconds (serverCpu).
 */
export function load(url, { seconds = 10, connections = 32, root, warmupSeconds = 3, beforeMeasure = () => {}, serverPid = null }) {
  if (hasWrk()) {
    // Every connection open before the first request (wrk-start.lua): otherwise the server's one
    // accept per turn of its event loop, under the load of the connections it has, is what the p99 measures.
    const wrk = (secs, extra) => ['-t1', `-c${connections}`, `-d${secs}s`, ...extra, '-s', WRK_START, '-H', 'Accept-Encoding: gzip', url, '--', String(connections)];
    // Not counted: the first requests after a start fill the server's caches and JIT (steady state is measured).
    if (warmupSeconds > 0) execFileSync('wrk', wrk(warmupSeconds, []), { encoding: 'utf8' });
    beforeMeasure();
    const cpu = serverCpu(serverPid);
    const out = execFileSync('wrk', wrk(seconds, ['--latency']), { encoding: 'utf8' });
    const result = parseWrk(out);
    return { tool: 'wrk', connections, seconds, loadAverage: os.loadavg()[0], ...result, ...cpu(result.requests) };
  }
  const bin = path.join(root, 'node_modules', 'autocannon', 'autocannon.js');
  beforeMeasure();
  const cpu = serverCpu(serverPid);
  const out = execFileSync(process.execPath, [bin, '-j', '-c', String(connections), '-d', String(seconds), '-H', 'Accept-Encoding=gzip', url], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 2 ** 20,
  });
  const r = JSON.parse(out);
  return {
    tool: 'autocannon',
    loadAverage: os.loadavg()[0],
    connections,
    seconds,
    rps: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    requests: r.requests.total,
    errors: r.errors + r.non2xx,
    ...cpu(r.requests.total),
  };
}

/** Lighthouse (mobile preset, the default) on `url` with the given Chromium; the four category scores, 0–100. */
export function lighthouse(url, { root, chromePath, outFile }) {
  const bin = path.join(root, 'node_modules', 'lighthouse', 'cli', 'index.js');
  const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
  const run = () =>
    execFileSync(
      process.execPath,
      [bin, url, '--quiet', '--output=json', `--output-path=${outFile}`, '--only-categories=performance,accessibility,best-practices,seo', `--chrome-flags=${flags.join(' ')}`],
      { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'ignore', 'pipe'], timeout: 180_000 },
    );
  try {
    run();
  } catch (error) {
    // Chromium now and then fails to start or connect on this machine: one more try, then the failure.
    console.log(`  Lighthouse failed on ${url} (${String(error.stderr ?? error.message).trim().split('\n').at(-1)}); trying once more`);
    run();
  }
  const report = JSON.parse(fs.readFileSync(outFile, 'utf8'));
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const failing = Object.values(report.audits)
    .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode))
    .filter((a) => Object.values(report.categories).some((c) => c.auditRefs.some((r) => r.id === a.id && r.weight > 0)))
    .map((a) => `${a.id} (${Math.round(a.score * 100)})`);
  return {
    url,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    failing,
    metrics: {
      fcpMs: Math.round(report.audits['first-contentful-paint']?.numericValue ?? 0),
      lcpMs: Math.round(report.audits['largest-contentful-paint']?.numericValue ?? 0),
      tbtMs: Math.round(report.audits['total-blocking-time']?.numericValue ?? 0),
      cls: Math.round((report.audits['cumulative-layout-shift']?.numericValue ?? 0) * 1000) / 1000,
    },
  };
}

/** Starts `command args` in `cwd` as its own process group; returns a stop() that ends the group. */
export function startServer(command, args, { cwd, env, logFile }) {
  const log = fs.openSync(logFile, 'w');
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', log, log] });
  return {
    pid: child.pid,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          resolve();
        }
      }),
  };
}
