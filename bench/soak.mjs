#!/usr/bin/env node
// The soak step alone, on a build that exists: `next start` in --dir (default: this project, after
// `npm run build`) under 64 connections for --seconds (default 300). `npm run bench` runs the same
// step on its synthetic archive (bench/run.mjs). Exit 1 on an unexpected status or growing memory.
//   node bench/soak.mjs [--dir .] [--seconds 300] [--connections 64] [--port 3451]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSoak } from './lib/soak.mjs';
import { startServer, waitFor } from './lib/web.mjs';
import { nextStartArgs } from '../scripts/next-start.mjs';
import { option } from './lib/args.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(option('dir', ROOT));
const port = Number(option('port', '3451'));
const seconds = Number(option('seconds', '300'));
const connections = Number(option('connections', '64'));
const baseUrl = `http://127.0.0.1:${port}`;

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const server = startServer(process.execPath, nextStartArgs(dir, port, ROOT), {
  cwd: dir,
  env,
  logFile: path.join(dir, '.next', 'soak-next-start.log'),
});
try {
  await waitFor(`${baseUrl}/`);
  const result = await runSoak({ baseUrl, serverPid: server.pid, seconds, connections });
  process.exitCode = result.pass ? 0 : 1;
} finally {
  await server.stop();
}
