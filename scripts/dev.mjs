// `npm run dev [-- next dev options]`: contentlayer2's watcher, then `next dev` once the first
// generation is written, the content validator on every change to the content folder, and Decap
// CMS's local backend (decap-server on DECAP_SERVER_PORT) so /admin writes into the content folder.
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
const { adminPath } = await tsImport('../lib/paths.ts', import.meta.url);

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const say = (message) => console.log(`[dev] ${message}`);
const group = superviseProcesses({ log: say });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => group.stop(0));

// The generation prints GENERATED_LINE after each generation, or this after one it refused.
const FAILED = /^Error: /;
const CONTENTLAYER = 'contentlayer2 watch';

/**
 * Starts the content generation (contentlayer2, then one document per save). Resolves with how its
 * first generation went.
 */
function startContentlayer() {
  // contentlayer2's generation without its CLI (scripts/content-build.mjs), then scripts/content-watch.mjs.
  const script = path.join(root, 'scripts', 'content-build.mjs');
  const child = group.start(CONTENTLAYER, process.execPath, [script, '--watch'], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve) => {
    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream }).on('line', (line) => {
        console.log(`[contentlayer2] ${line}`);
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

/** The port next dev listens on: `-p`/`--port`, else PORT, else 3000, as next dev decides. */
function nextPort(args) {
  const i = args.findIndex((a) => a === '-p' || a === '--port');
  const inline = args.find((a) => a.startsWith('--port='));
  return (i >= 0 ? args[i + 1] : inline?.slice(7)) ?? serverPort();
}

const started = Date.now();
// contentlayer2 first: its first generation is the long wait (10,000 posts: about a minute), and
// next dev starts the moment it is written. The validator's first pass and /admin's files come in
// the time they leave idle.
const generation = startContentlayer();
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
  else if (outcome === 'generated') say(`first content generation took ${((Date.now() - started) / 1000).toFixed(1)} s; starting next dev.`);
  group.start('next dev', bin('next'), ['dev', ...process.argv.slice(2)], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (cms) {
    startDecapServer();
    const port = nextPort(process.argv.slice(2));
    const others = ['127.0.0.1', ...networkAddresses()].map((host) => `http://${host}:${port}${adminPath()}`).join(', ');
    say(`the CMS: http://localhost:${port}${adminPath()} (also ${others}); its local backend, decap-server, on port ${decapServerPort()}.`);
  }
}

process.exit(await group.done);
