// `npm run dev [-- next dev options]`: contentlayer2's watcher, then `next dev` once the first
// generation is written (or as soon as its documents are ready, made on every core or all from
// the cache, while contentlayer2 writes them on one core), the content validator on every change
// to the content folder, and Decap CMS's local backend (decap-server on DECAP_SERVER_PORT) so
// /admin writes into the content folder.
// The validator and /admin's files run beside them at the lowest CPU priority (scripts/dev-side.mjs).
// Ctrl-C (or SIGTERM) stops them all with everything they started; if one dies, the others are
// stopped and this exits with the dead one's code. Options (-p, -H, …) and PORT go to next dev.
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { tsImport } from 'tsx/esm/api';

const root = process.cwd();
const { lowerPriority, superviseProcesses } = await tsImport('../lib/dev/processes.ts', import.meta.url);
const { generatedDir, generationStamp } = await tsImport('../lib/content/source.ts', import.meta.url);
const { GENERATED_LINE } = await tsImport('../lib/content/generation.ts', import.meta.url);
const { decapServerPort, serverPort } = await tsImport('../lib/env.ts', import.meta.url);
const { networkAddresses } = await tsImport('../lib/dev/network.ts', import.meta.url);
const { adminPath, searchPath } = await tsImport('../lib/paths.ts', import.meta.url);
const { SPLIT_LINES } = await import('./content-prefill.mjs');

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const say = (message) => console.log(`[dev] ${message}`);
const group = superviseProcesses({ log: say });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => group.stop(0));

// The generation prints GENERATED_LINE after each generation, or this after one it refused.
const FAILED = /^Error: /;
const CONTENTLAYER = 'contentlayer2 watch';

// Said when contentlayer2's generation is handed the documents made on every core: what is left of
// the first generation (writing them, 10,000 posts: 8-9 s) keeps one core busy.
const HANDED_OVER = new RegExp(`^${SPLIT_LINES.inMemory('\\d+')}`);

/**
 * Starts the content generation (contentlayer2, then one document per save). Resolves with how its
 * first generation went; calls `onHandedOver` when only contentlayer2's own pass is left of it.
 */
function startContentlayer(onHandedOver) {
  // contentlayer2's generation without its CLI (scripts/content-build.mjs), then scripts/content-watch.mjs.
  const script = path.join(root, 'scripts', 'content-build.mjs');
  const child = group.start(CONTENTLAYER, process.execPath, [script, '--watch'], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve) => {
    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream }).on('line', (line) => {
        console.log(`[contentlayer2] ${line}`);
        if (HANDED_OVER.test(line)) onHandedOver();
        if (GENERATED_LINE.test(line)) resolve('generated');
        else if (FAILED.test(line)) resolve('failed');
      });
    }
    child.on('exit', () => resolve('exited'));
  });
}

/** Whether `port` on loopback is free (decap-server would otherwise die at once, and stop next dev with it). */
function portFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/**
 * Starts the validator and /admin's writer (scripts/dev-side.mjs) at the lowest CPU priority, the
 * CMS only when decap-server's port is free. Resolves with whether /admin was written.
 */
async function startSide() {
  const cms = await portFree(decapServerPort());
  if (!cms) say(`/admin is not available: port ${decapServerPort()} is taken (another decap-server?); set DECAP_SERVER_PORT to a free port. The site runs without the CMS.`);
  const script = path.join(root, 'scripts', 'dev-side.mjs');
  const child = group.start('dev side', process.execPath, [script, ...(cms ? ['--cms'] : [])], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    lowerPriority(child.pid);
  } catch (error) {
    say(`the validator and /admin's writer run at normal priority (${error.message}).`);
  }
  return cms && new Promise((resolve) => {
    child.on('message', (message) => resolve(message?.cms === true));
    child.on('exit', () => resolve(false));
  });
}

/** Starts decap-server, /admin's local backend. */
function startDecapServer() {
  const server = path.join(root, 'node_modules', 'decap-server', 'dist', 'index.js');
  // Loopback only: editors reach it through next dev (/admin/api/v1), on whatever address they opened.
  const env = { ...process.env, PORT: String(decapServerPort()), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: root, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' };
  group.start('decap-server', process.execPath, [server], { stdio: ['ignore', 'inherit', 'inherit'], env });
}

/** The value of next dev's option `short`/`long` in `args` (`-p 4000`, `--port 4000`, `--port=4000`), or undefined. */
function nextOption(args, short, long) {
  const i = args.findIndex((a) => a === short || a === long);
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`${long}=`))?.slice(long.length + 1);
}

/** The port next dev listens on: `-p`/`--port`, else PORT, else 3000, as next dev decides. */
const nextPort = (args) => nextOption(args, '-p', '--port') ?? serverPort();

/** The host next dev listens on as a client on this machine reaches it: `-H`/`--hostname`, else loopback. */
function nextHost(args) {
  const host = nextOption(args, '-H', '--hostname') ?? '127.0.0.1';
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * Asks next dev for the search page once it listens, so that Turbopack compiles the proxy, the
 * root layout and the components every page shares before the editor's first page asks for them
 * (10,000 posts: the article then came 2.0-2.4 s after it was asked instead of 7.3-7.5 s). The
 * search page reads no content, so it renders before the first generation is written. Quiet:
 * an editor's own first request does the same work if this one fails.
 */
async function warmUp(args) {
  // Over HTTPS next dev's certificate is its own, which fetch would refuse: no warm-up then.
  if (args.some((a) => a.startsWith('--experimental-https'))) return;
  const url = `http://${nextHost(args)}:${nextPort(args)}${searchPath()}`;
  const deadline = Date.now() + 120_000;
  while (!group.stopping() && Date.now() < deadline) {
    const answered = await fetch(url, { signal: AbortSignal.timeout(60_000) }).then(
      (r) => r.arrayBuffer().then(() => true),
      () => false,
    );
    if (answered) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

const args = process.argv.slice(2);
let nextStarted = false;
/** Starts next dev (once) and warms it up. */
function startNext() {
  if (nextStarted || group.stopping()) return;
  nextStarted = true;
  group.start('next dev', bin('next'), ['dev', ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
  void warmUp(args);
}

const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
// contentlayer2 first: its first generation is the long wait (10,000 posts: about a minute). Once
// its documents are made on every core, next dev starts and compiles on the core contentlayer2's
// own pass leaves idle; else it starts the moment the generation is written. A page asked for
// before then shows what an earlier run left, or that there is no content yet (app/error.dev.tsx),
// and updates by itself once the generation is written. The validator's first pass and /admin's files come in the time they leave idle.
const generation = startContentlayer(() => {
  if (nextStarted) return;
  say(`contentlayer2's documents are ready (${seconds()} s); starting next dev while it writes them.`);
  startNext();
});
const cmsReady = startSide();
const outcome = await generation;
// /admin is written well before (10,000 posts: while the documents are made); an editor who opens it with the site finds it.
const cms = await cmsReady;
if (!group.stopping()) {
  if (outcome === 'failed') {
    say(generationStamp(generatedDir()) === null
      ? 'contentlayer2 refused the content and there is no earlier output: pages fail until the errors above are fixed. It generates again on each save.'
      : 'contentlayer2 refused some content: pages show the last version that built until the errors above are fixed.');
  }
  else if (outcome === 'generated') say(`first content generation took ${seconds()} s${nextStarted ? '' : '; starting next dev'}.`);
  startNext();
  if (cms) {
    startDecapServer();
    const port = nextPort(args);
    const others = ['127.0.0.1', ...networkAddresses()].map((host) => `http://${host}:${port}${adminPath()}`).join(', ');
    say(`the CMS: http://localhost:${port}${adminPath()} (also ${others}); its local backend, decap-server, on port ${decapServerPort()}.`);
  }
}

process.exit(await group.done);
