import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { exitCodeOf, lowerPriority, superviseProcesses, type Supervisor } from './processes';

// Real child processes: `node -e` scripts standing in for contentlayer2 and next dev.
const node = process.execPath;
const forever = 'setInterval(() => {}, 1000)';
// A child that starts a grandchild (as next dev starts its render worker) and prints its pid.
const withGrandchild = `
  const { spawn } = require('node:child_process');
  const g = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  console.log(g.pid);
  setInterval(() => {}, 1000);
`;

/** Running, not a zombie: an orphan's exit may never be collected by this machine's init. */
const isAlive = (pid: number) => {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
};

async function grandchildPid(supervisor: Supervisor): Promise<number> {
  const parent = supervisor.start('parent', node, ['-e', withGrandchild], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => parent.stdout!.once('data', (chunk: Buffer) => resolve(Number(String(chunk).trim()))));
}

let supervisor: Supervisor | undefined;
afterEach(async () => {
  supervisor?.stop(0);
  await supervisor?.done;
  supervisor = undefined;
});

describe('superviseProcesses', () => {
  it('stops the others, with what they started, when one crashes, and reports its exit code', async () => {
    const logs: string[] = [];
    supervisor = superviseProcesses({ graceMs: 2000, log: (m) => logs.push(m) });
    const grandchild = await grandchildPid(supervisor);
    const other = supervisor.start('other', node, ['-e', forever], { stdio: 'ignore' });
    supervisor.start('crasher', node, ['-e', 'setTimeout(() => process.exit(3), 100)'], { stdio: 'ignore' });

    expect(await supervisor.done).toBe(3);
    expect(logs).toContain('crasher exited with code 3; stopping the rest.');
    expect(isAlive(other.pid!)).toBe(false);
    expect(isAlive(grandchild)).toBe(false);
  });

  it('stops every group on request (Ctrl-C) and resolves with the requested code', async () => {
    supervisor = superviseProcesses({ graceMs: 2000 });
    const grandchild = await grandchildPid(supervisor);
    const other = supervisor.start('other', node, ['-e', forever], { stdio: 'ignore' });
    supervisor.stop(0);
    expect(await supervisor.done).toBe(0);
    expect(isAlive(other.pid!)).toBe(false);
    expect(isAlive(grandchild)).toBe(false);
  });

  it('kills a child that ignores SIGTERM once the grace time is over', async () => {
    supervisor = superviseProcesses({ graceMs: 300 });
    const stubborn = supervisor.start('stubborn', node, ['-e', `process.on('SIGTERM', () => {}); console.log('ready'); ${forever}`], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise((resolve) => stubborn.stdout!.once('data', resolve));
    const stoppedAt = Date.now();
    supervisor.stop(0);
    expect(await supervisor.done).toBe(0);
    expect(Date.now() - stoppedAt).toBeGreaterThanOrEqual(250);
    expect(isAlive(stubborn.pid!)).toBe(false);
  });

  it('retires one child on purpose without stopping the others, and can start it again', async () => {
    supervisor = superviseProcesses({ graceMs: 2000 });
    const first = supervisor.start('watcher', node, ['-e', forever], { stdio: 'ignore' });
    const other = supervisor.start('server', node, ['-e', forever], { stdio: 'ignore' });
    await supervisor.retire('watcher');
    expect(isAlive(first.pid!)).toBe(false);
    expect(isAlive(other.pid!)).toBe(true);
    expect(supervisor.stopping()).toBe(false);
    const second = supervisor.start('watcher', node, ['-e', 'setTimeout(() => process.exit(4), 100)'], { stdio: 'ignore' });
    expect(await supervisor.done).toBe(4);
    expect(isAlive(second.pid!)).toBe(false);
    expect(isAlive(other.pid!)).toBe(false);
  });

  it('reports a command that cannot start', async () => {
    const logs: string[] = [];
    supervisor = superviseProcesses({ graceMs: 300, log: (m) => logs.push(m) });
    supervisor.start('missing', '/nonexistent/binary', []);
    expect(await supervisor.done).toBe(1);
    expect(logs[0]).toMatch(/^missing could not start: spawn \/nonexistent\/binary ENOENT/);
  });
});

describe('exitCodeOf', () => {
  it('is the code, or 128 + the signal number as a shell reports it', () => {
    expect(exitCodeOf(0, null)).toBe(0);
    expect(exitCodeOf(2, null)).toBe(2);
    expect(exitCodeOf(null, 'SIGTERM')).toBe(143);
    expect(exitCodeOf(null, 'SIGKILL')).toBe(137);
  });
});

describe('lowerPriority', () => {
  let supervisor: Supervisor | undefined;
  afterEach(async () => {
    supervisor?.stop(0);
    await supervisor?.done;
  });

  it('a supervised child (in a session of its own) gets the lowest priority, its session too where the system groups by session', () => {
    supervisor = superviseProcesses();
    const child = supervisor.start('side', node, ['-e', forever], { stdio: 'ignore' });
    lowerPriority(child.pid!);
    expect(os.getPriority(child.pid!)).toBe(os.constants.priority.PRIORITY_LOW);
    // This machine groups by session (the kernel's autogroups): a nice value alone would count only inside it.
    const autogroup = `/proc/${child.pid}/autogroup`;
    if (fs.existsSync('/proc/sys/kernel/sched_autogroup_enabled') && fs.readFileSync('/proc/sys/kernel/sched_autogroup_enabled', 'utf8').trim() === '1') {
      expect(fs.readFileSync(autogroup, 'utf8')).toMatch(/ nice 19\n?$/);
      expect(fs.readFileSync(autogroup, 'utf8')).not.toBe(fs.readFileSync('/proc/self/autogroup', 'utf8'));
    }
  });

  it("a child in the caller's own session gets the lowest nice value and leaves the session's group as it was", async () => {
    // scripts/content-build.mjs starts its cards process so. Setting the session group's nice here
    // lowered the whole terminal session npm run build was typed in, and lasted after it.
    const group = () => (fs.existsSync('/proc/self/autogroup') ? fs.readFileSync('/proc/self/autogroup', 'utf8') : '');
    const before = group();
    const child = spawn(node, ['-e', forever], { stdio: 'ignore' });
    try {
      lowerPriority(child.pid!);
      expect(os.getPriority(child.pid!)).toBe(os.constants.priority.PRIORITY_LOW);
      expect(group()).toBe(before);
    } finally {
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });
});
