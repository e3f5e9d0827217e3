import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import fs from 'node:fs';
import os, { constants } from 'node:os';

/*
 * `npm run dev` runs contentlayer2's watcher and `next dev` as one unit. Each child gets its own
 * process group, so stopping it also stops what it started (next dev's render worker).
 */

export type Supervisor = {
  /** Starts `command` in a new process group and watches it. */
  start: (name: string, command: string, args: string[], options?: SpawnOptions) => ChildProcess;
  /** Stops one child's group on purpose (to start it again): its exit stops nothing else. */
  retire: (name: string) => Promise<void>;
  /** Stops every group: SIGTERM, then SIGKILL after the grace time. `done` then resolves with `code`. */
  stop: (code?: number) => void;
  /** Whether stop() has been called or a child has ended. */
  stopping: () => boolean;
  /** The exit code for the whole: `stop`'s code, or the code of the first child that ended by itself. */
  done: Promise<number>;
};

function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether any process of group `pgid` is still running. On Linux it reads /proc and skips zombies
 * (an orphan whose exit an init without reaping never collects would count as alive forever).
 */
export function groupRunning(pgid: number): boolean {
  let pids: string[];
  try {
    pids = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return signalGroup(pgid, 0);
  }
  return pids.some((pid) => {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      // After "pid (comm) ": state, ppid, pgrp, …
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return Number(pgrp) === pgid && state !== 'Z';
    } catch {
      return false;
    }
  });
}

/** The exit code a shell would report for a child: its own code, or 128 + the signal's number. */
export function exitCodeOf(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  return 128 + (signal ? (constants.signals[signal] ?? 0) : 0);
}

/** The kernel's session group (autogroup) of process `pid`, e.g. "/autogroup-765", or '' where it has none. */
function sessionGroup(pid: number | 'self'): string {
  try {
    return fs.readFileSync(`/proc/${pid}/autogroup`, 'utf8').split(' ')[0]!.trim();
  } catch {
    return '';
  }
}

/**
 * Puts process `pid` at the lowest CPU priority, so it runs only in the time others leave idle.
 *
 * On Linux with autogroups a process's nice value counts only against the processes of its own
 * session. So when `pid` has a session group of its own (the supervisor starts every child in a
 * session of its own), that group's nice is set too: with the process's alone, it had a full share
 * beside contentlayer2's generation. A child in the caller's session is left with its nice value,
 * which counts against the caller's processes: setting that group's nice would lower the caller's
 * whole session (the terminal `npm run build` was typed in) for as long as it lasts; in the
 * project's CI the kernel refused that write (EINVAL). A process in no session group (the kernel's
 * default, as PID 1 is here) has an empty autogroup file and is left with its nice value, which
 * then counts machine-wide.
 */
export function lowerPriority(pid: number): void {
  os.setPriority(pid, os.constants.priority.PRIORITY_LOW);
  const group = sessionGroup(pid);
  if (group === '' || group === sessionGroup('self')) return;
  for (let attempt = 1; ; attempt++) {
    try {
      fs.writeFileSync(`/proc/${pid}/autogroup`, String(os.constants.priority.PRIORITY_LOW));
      return;
    } catch (error) {
      // The kernel lets a user other than root change a group's nice once a tenth of a second.
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN' || attempt === 5) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 110);
    }
  }
}

/**
 * Supervises child processes: when one exits by itself (a crash, or a clean exit nobody asked for)
 * the others are stopped and `done` resolves with that child's exit code.
 */
export function superviseProcesses({ graceMs = 5000, log = (_: string) => {} } = {}): Supervisor {
  const children = new Map<string, ChildProcess>();
  const running = new Set<string>();
  const retiring = new Set<ChildProcess>();
  let result: number | null = null;
  let resolveDone: (code: number) => void = () => {};
  const done = new Promise<number>((resolve) => (resolveDone = resolve));

  const groupsAlive = () => [...children.values()].some((c) => c.pid !== undefined && groupRunning(c.pid));
  let finishing = false;
  const finishWhenEmpty = () => {
    if (result === null || running.size > 0 || finishing) return;
    finishing = true;
    const deadline = Date.now() + graceMs;
    const wait = setInterval(() => {
      // The children are gone; give what they started until the deadline, then kill it.
      if (groupsAlive() && Date.now() < deadline) return;
      clearInterval(wait);
      for (const c of children.values()) if (c.pid !== undefined) signalGroup(c.pid, 'SIGKILL');
      resolveDone(result!);
    }, 50);
  };

  const stop = (code = 0) => {
    if (result !== null) return;
    result = code;
    for (const c of children.values()) if (c.pid !== undefined) signalGroup(c.pid, 'SIGTERM');
    const killer = setTimeout(() => {
      for (const c of children.values()) if (c.pid !== undefined) signalGroup(c.pid, 'SIGKILL');
    }, graceMs);
    killer.unref();
    finishWhenEmpty();
  };

  const start: Supervisor['start'] = (name, command, args, options = {}) => {
    const child = spawn(command, args, { ...options, detached: true });
    children.set(name, child);
    running.add(name);
    child.on('error', (error) => {
      log(`${name} could not start: ${error.message}`);
      running.delete(name);
      stop(1);
      finishWhenEmpty();
    });
    child.on('exit', (code, signal) => {
      if (retiring.delete(child)) return;
      running.delete(name);
      if (result === null) {
        const exitCode = exitCodeOf(code, signal);
        log(`${name} exited with code ${exitCode}; stopping the rest.`);
        stop(exitCode);
      }
      finishWhenEmpty();
    });
    if (result !== null && child.pid !== undefined) signalGroup(child.pid, 'SIGTERM');
    return child;
  };

  const retire: Supervisor['retire'] = (name) => {
    const child = children.get(name);
    if (!child || child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    retiring.add(child);
    running.delete(name);
    children.delete(name);
    const pid = child.pid;
    return new Promise((resolve) => {
      child.once('exit', () => resolve());
      signalGroup(pid, 'SIGTERM');
      setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs).unref();
    });
  };

  return { start, retire, stop, stopping: () => result !== null, done };
}
