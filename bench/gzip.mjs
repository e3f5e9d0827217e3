#!/usr/bin/env node
// node bench/gzip.mjs <page.html> [--times N]: what gzipping one response costs next start, which
// compresses every page per request (Next's `compress`, zlib's streams at the default level), and
// how little of it a JavaScript profile sees: zlib compresses on libuv's thread pool, so the main
// thread is mostly idle while the process's CPU (every thread) is spent. Prints µs per response of
// both, for the page as a server sends it, streamed through zlib.createGzip() N times (3,000).
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { times: { type: 'string', default: '3000' } } });
if (positionals.length !== 1) {
  console.error('usage: node bench/gzip.mjs <page.html> [--times N]');
  process.exit(2);
}
const page = fs.readFileSync(positionals[0]);
const times = Number(values.times);

const gzipOnce = () =>
  new Promise((resolve, reject) => {
    const gzip = zlib.createGzip();
    let bytes = 0;
    gzip.on('data', (chunk) => (bytes += chunk.length));
    gzip.on('end', () => resolve(bytes));
    gzip.on('error', reject);
    gzip.end(page);
  });

for (let i = 0; i < 50; i++) await gzipOnce();
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.start');
const cpu = process.cpuUsage();
const started = performance.now();
let gzipped = 0;
for (let i = 0; i < times; i++) gzipped = await gzipOnce();
const used = process.cpuUsage(cpu);
const wall = performance.now() - started;
const { profile } = await session.post('Profiler.stop');

// The main thread's samples: busy unless the sampled frame is "(idle)".
const idleIds = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
let busy = 0;
profile.samples.forEach((id, i) => {
  if (!idleIds.has(id)) busy += profile.timeDeltas[i] ?? 0;
});
const per = (us) => Math.round(us / times);
console.log(
  `${page.length} B page, ${gzipped} B gzipped, ${times} responses: process CPU (every thread) ${per(used.user + used.system)} µs a response, ` +
    `of which the JavaScript thread ${per(busy)} µs; wall ${per(wall * 1000)} µs`,
);
