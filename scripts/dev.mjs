// `npm run dev [-- next dev options]`: contentlayer2's watcher, then `next dev` once the first
// generation is written, the content validator on every change to the content folder, and Decap
// CMS's local backend (decap-server on DECAP_SERVER_PORT) so /admin writes into the content folder.
// Ctrl-C (or SIGTERM) stops all three with everything they started; if one dies, the others are
// stopped and this exits with the dead one's code. Options (-p, -H, …) and PORT go to next dev.
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { tsImport } from 'tsx/esm/api';

const root = process.cwd();
const { superviseProcesses } = await tsImport('../lib/dev/processes.ts', import.meta.url);
const { formatStatus, watchContent, watchTree } = await tsImport('../lib/dev/watch.ts', import.meta.url);
const { generatedDir, generationStamp } = await tsImport('../lib/content/source.ts', import.meta.url);
const { GENERATED_LINE } = await tsImport('../lib/content/generation.ts', import.meta.url);
const { contentDir: contentDirSetting, decapServerPort, serverPort } = await tsImport('../lib/env.ts', import.meta.url);
const { networkAddresses } = await tsImport('../lib/dev/network.ts', import.meta.url);
const { adminPath } = await tsImport('../lib/paths.ts', import.meta.url);
const { writeAdmin, writeCmsConfig } = await import('./cms-admin.mjs');
const { splitState } = await import('./content-prefill.mjs');

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const say = (message) => console.log(`[dev] ${message}`);
const group = superviseProcesses({ log: say });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => group.stop(0));

// The generation prints GENERATED_LINE after each generation, or this after one it refused.
const FAILED = /^Error: /;
const CONTENTLAYER = 'contentlayer2 watch';

/**
 * Starts the content generation (contentlayer2, then one document per save). `outcome` resolves
 * with how its first generation went; `coresFree` once it no longer makes documents on every core
 * (a large archive's first generation: scripts/content-prefill.mjs), or at once when it does not.
 */
function startContentlayer() {
  // contentlayer2's generation without its CLI (scripts/content-build.mjs), then scripts/content-watch.mjs.
  const script = path.join(root, 'scripts', 'content-build.mjs');
  const child = group.start(CONTENTLAYER, process.execPath, [script, '--watch'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let freeCores;
  const coresFree = new Promise((resolve) => (freeCores = resolve));
  const outcome = new Promise((resolve) => {
    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream }).on('line', (line) => {
        console.log(`[contentlayer2] ${line}`);
        if (splitState(line) === 'one core') freeCores();
        if (GENERATED_LINE.test(line)) resolve('generated');
        else if (FAILED.test(line)) resolve('failed');
      });
    }
    child.on('exit', () => resolve('exited'));
  });
  outcome.then(freeCores);
  return { outcome, coresFree };
}

const contentDir = path.resolve(contentDirSetting());

/** Whether `port` on loopback is free (decap-server would otherwise die at once, and stop next dev with it). */
function portFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** Writes /admin for the local backend; false (with the reason) when the CMS cannot run. */
async function prepareCms() {
  if (!(await portFree(decapServerPort()))) {
    say(`/admin is not available: port ${decapServerPort()} is taken (another decap-server?); set DECAP_SERVER_PORT to a free port. The site runs without the CMS.`);
    return false;
  }
  try {
    await writeAdmin({ dev: true });
  } catch (error) {
    say(`/admin is not available: ${error.message}`);
    return false;
  }
  return true;
}

/** Starts decap-server, /admin's local backend. */
function startDecapServer() {
  const server = path.join(root, 'node_modules', 'decap-server', 'dist', 'index.js');
  // Loopback only: editors reach it through next dev (/admin/api/v1), on whatever address they opened.
  const env = { ...process.env, PORT: String(decapServerPort()), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: root, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' };
  group.start('decap-server', process.execPath, [server], { stdio: ['ignore', 'inherit', 'inherit'], env });
  return true;
}

let saveTimer;
let cmsRunning = false;
const saves = watchTree(contentDir, () => {
  clearTimeout(saveTimer);
  // A category first used in a saved post joins the CMS's list.
  saveTimer = setTimeout(() => cmsRunning && writeCmsConfig({ dev: true }).catch((error) => say(`/admin/config.json not updated: ${error.message}`)), 300);
});

/** The port next dev listens on: `-p`/`--port`, else PORT, else 3000, as next dev decides. */
function nextPort(args) {
  const i = args.findIndex((a) => a === '-p' || a === '--port');
  const inline = args.find((a) => a.startsWith('--port='));
  return (i >= 0 ? args[i + 1] : inline?.slice(7)) ?? serverPort();
}

const started = Date.now();
// contentlayer2 first: its first generation is the long wait (10,000 posts: about a minute). The
// validator's first pass and /admin's files (10,000 posts: ~7 CPU-s) are made once it leaves a
// core idle: at once, or after it has made the documents on every core.
const generation = startContentlayer();
await generation.coresFree;
const watcher = watchContent({
  contentDir,
  publicDir: path.join(root, 'public'),
  onStatus: (status) => console.log(`\n[content:check]\n${formatStatus(status)}\n`),
});
console.log(`[content:check] ${contentDir}\n${formatStatus(watcher.current())}`);
const cmsReady = prepareCms();
const outcome = await generation.outcome;
if (!group.stopping()) {
  if (outcome === 'failed') {
    say(generationStamp(generatedDir()) === null
      ? 'contentlayer2 refused the content and there is no earlier output: pages fail until the errors above are fixed. It generates again on each save.'
      : 'contentlayer2 refused some content: pages show the last version that built until the errors above are fixed.');
  }
  else if (outcome === 'generated') say(`first content generation took ${((Date.now() - started) / 1000).toFixed(1)} s; starting next dev.`);
  cmsRunning = (await cmsReady) && startDecapServer();
  group.start('next dev', bin('next'), ['dev', ...process.argv.slice(2)], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (cmsRunning) {
    const port = nextPort(process.argv.slice(2));
    const others = ['127.0.0.1', ...networkAddresses()].map((host) => `http://${host}:${port}${adminPath()}`).join(', ');
    say(`the CMS: http://localhost:${port}${adminPath()} (also ${others}); its local backend, decap-server, on port ${decapServerPort()}.`);
  }
}

const code = await group.done;
watcher.close();
saves.close();
process.exit(code);
