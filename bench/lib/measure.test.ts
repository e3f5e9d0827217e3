import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { available, measured, treeCpuSeconds } from './measure.mjs';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'measure-test-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// A process that burns `ms` of its own CPU time (not wall time: the test may share the cores).
const burn = (ms: number) => `const s=process.cpuUsage();while((c=>c.user+c.system)(process.cpuUsage(s))<${ms * 1000}){}`;

/**
 * Node that starts a child burning 800 ms of CPU, waits until the child has ended without reaping
 * it (its event loop never runs), then exits: the child, a zombie, is reaped by init, and bash's
 * `times` never sees its CPU. That is next build's prerender workers when Next exits first.
 */
const orphaning = [
  `const { spawn } = require('node:child_process'); const fs = require('node:fs');`,
  `const c = spawn(process.execPath, ['-e', ${JSON.stringify(burn(800))}], { stdio: 'ignore' });`,
  `const nap = new Int32Array(new SharedArrayBuffer(4));`,
  `const state = () => { try { const t = fs.readFileSync('/proc/' + c.pid + '/stat', 'utf8'); return t.slice(t.lastIndexOf(')') + 2, t.lastIndexOf(')') + 3); } catch { return 'gone'; } };`,
  `while (state() !== 'Z') Atomics.wait(nap, 0, 0, 20);`,
  `process.exit(0);`,
].join('\n');

describe.runIf(available)('measured', () => {
  it('counts the CPU of a descendant its parent never waited for', async () => {
    const script = path.join(dir, 'orphaning.cjs');
    fs.writeFileSync(script, orphaning);
    const r = await measured(`node ${script}`, { echo: false });
    expect(r.code, r.output).toBe(0);
    // bash waited for node only: its own start-up, not the child's 800 ms.
    expect(r.cpuWaitedMs).toBeLessThan(700);
    // Sampled every 100 ms: all of the child's CPU but its last interval.
    expect(r.cpuSampledMs).toBeGreaterThanOrEqual(700);
    expect(r.cpuMs).toBe(Math.max(r.cpuWaitedMs!, r.cpuSampledMs!));
  }, 30_000);

  it('lists each process with its command line and its own CPU', async () => {
    // Two children told apart by their arguments, one burning twice as long as the other.
    const child = (ms: number, mark: string) => `node -e "${burn(ms)}" ${mark}`;
    const r = await measured(`${child(400, 'short-one')} & ${child(800, 'long-one')} & wait`, { echo: false });
    expect(r.code, r.output).toBe(0);
    const cpuOf = (mark: string) => r.processes.filter((p) => p.command.includes(mark) && p.command.startsWith('node')).map((p) => p.cpuMs);
    expect(cpuOf('short-one')).toHaveLength(1);
    expect(cpuOf('long-one')).toHaveLength(1);
    // Sampled every 100 ms: up to one interval short, and a little over for node's start-up.
    expect(cpuOf('short-one')[0]).toBeGreaterThanOrEqual(300);
    expect(cpuOf('short-one')[0]).toBeLessThan(700);
    expect(cpuOf('long-one')[0]).toBeGreaterThanOrEqual(700);
    expect(r.processes.reduce((sum, p) => sum + p.cpuMs, 0)).toBe(r.cpuSampledMs);
    // Most first.
    expect(r.processes.map((p) => p.cpuMs)).toEqual([...r.processes.map((p) => p.cpuMs)].sort((a, b) => b - a));
  }, 30_000);

  it('counts a waited-for child once', async () => {
    const r = await measured(`node -e "${burn(600)}"`, { echo: false });
    expect(r.cpuWaitedMs).toBeGreaterThanOrEqual(600);
    expect(r.cpuSampledMs).toBeLessThan(r.cpuWaitedMs! + 300);
    expect(r.cpuMs).toBeLessThan(1500);
  }, 30_000);
});

describe.runIf(available)('treeCpuSeconds', () => {
  it("counts a descendant's CPU, work on libuv's thread pool included", async () => {
    // A parent whose child gzips off its JavaScript thread (zlib's async API) for 600 ms of its CPU.
    const gzipping = [
      `const zlib = require('node:zlib'); const data = require('node:crypto').randomBytes(1 << 20);`,
      `const s = process.cpuUsage(); const used = () => { const c = process.cpuUsage(s); return c.user + c.system; };`,
      `(function next() { if (used() < 600000) zlib.gzip(data, next); else setTimeout(() => {}, 5000); })();`,
    ].join('\n');
    const parent = spawn(process.execPath, ['-e', `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(gzipping)}], { stdio: 'inherit' }); setTimeout(() => {}, 6000);`], { stdio: 'ignore', detached: true });
    try {
      const before = treeCpuSeconds(parent.pid!);
      let after = before;
      for (let i = 0; i < 100 && after - before < 0.6; i++) {
        await new Promise((r) => setTimeout(r, 100));
        after = treeCpuSeconds(parent.pid!);
      }
      expect(after - before).toBeGreaterThanOrEqual(0.5);
      expect(treeCpuSeconds(-1)).toBe(0);
    } finally {
      // The whole group: the gzipping child too.
      process.kill(-parent.pid!, 'SIGKILL');
    }
  }, 30_000);
});
