// `node bench/ab.mjs <dirA> <dirB> [--path /blog/<slug>] [--pairs 5] [--port 3391]`: next start on
// two built copies of the site (the bench's, or copies changed by hand), alternated: each run a
// fresh server, its route cache emptied first (`next start` would serve the pages it kept from an
// earlier start), stopped with its whole process group (the server renames itself next-server, so
// a `pkill -f "next start"` misses it and the next run meets the old server on the port), then 3 s of
// warm-up and 10 s measured at 64 connections, as the bench's load row. For the ad-hoc A/Bs the
// README quotes. Prints each pair and B's mean req/s over A's.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { load, startServer, waitFor } from './lib/web.mjs';
import { nextStartArgs } from '../scripts/next-start.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { path: { type: 'string', default: '/blog/kata-containers-welcomes-gpu-scheduling' }, pairs: { type: 'string', default: '5' }, port: { type: 'string', default: '3391' } },
});
if (positionals.length !== 2) {
  console.error('usage: node bench/ab.mjs <dirA> <dirB> [--path /blog/<slug>] [--pairs 5] [--port 3391]');
  process.exit(2);
}
const dirs = positionals.map((d) => path.resolve(d));
for (const dir of dirs) if (!fs.existsSync(path.join(dir, '.next', 'BUILD_ID'))) throw new Error(`${dir} has no build (.next/BUILD_ID): run npm run build there first`);
const port = Number(values.port);

/** Whether something already listens on the port: then a run would measure it instead. */
const portTaken = () =>
  new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.destroy() || resolve(true));
    socket.on('error', () => resolve(false));
  });

async function run(dir) {
  if (await portTaken()) throw new Error(`port ${port} is taken: stop what listens there`);
  fs.rmSync(path.join(dir, '.next', 'server', 'route-cache'), { recursive: true, force: true });
  const server = startServer(process.execPath, nextStartArgs(dir, port), {
    cwd: dir,
    env: process.env,
    logFile: path.join(dir, 'ab-next-start.log'),
  });
  try {
    const url = `http://127.0.0.1:${port}${values.path}`;
    await waitFor(url);
    return load(url, { connections: 64, seconds: 10, root: dir });
  } finally {
    await server.stop();
  }
}

const pairs = [];
for (let i = 0; i < Number(values.pairs); i++) {
  // Alternated, and B first in every other pair: the VM's speed drifts within minutes.
  const order = i % 2 ? [1, 0] : [0, 1];
  const result = [];
  for (const side of order) result[side] = await run(dirs[side]);
  pairs.push(result);
  console.log(`pair ${i + 1}: A ${result[0].rps} req/s (p99 ${result[0].p99Ms} ms), B ${result[1].rps} req/s (p99 ${result[1].p99Ms} ms)`);
}
const mean = (side) => pairs.reduce((n, p) => n + p[side].rps, 0) / pairs.length;
const higher = pairs.filter((p) => p[1].rps > p[0].rps).length;
console.log(`B / A: ${(mean(1) / mean(0)).toFixed(2)}× mean req/s; B higher in ${higher} of ${pairs.length} pairs`);
