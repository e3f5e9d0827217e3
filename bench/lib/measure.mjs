// Runs a command and measures it: wall time, CPU time of the whole process tree, and peak memory
// of the whole tree, sampled from /proc (every descendant: `next build` forks workers, and the
// peak of any one process says little about what the machine must hold).
import { spawn } from 'node:child_process';
import fs from 'node:fs';

const PAGE = 4096;
/** Clock ticks a second of /proc's CPU times (USER_HZ: 100 on every Linux Node runs on). */
const TICKS = 100;

function readStat(pid) {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), utime: Number(fields[11]), stime: Number(fields[12]), startTime: fields[19], rssPages: Number(fields[21]) };
  } catch {
    return null;
  }
}

/** A process's command line (its title, once it set one, as `next build` does), cut to `max` characters. */
function commandOf(pid, max = 160) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim().slice(0, max);
  } catch {
    return '?';
  }
}

/** The pids of `root` and all its descendants, from one scan of /proc. */
function tree(root) {
  const children = new Map();
  const stats = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readStat(name);
    if (!stat) continue;
    const pid = Number(name);
    stats.set(pid, stat);
    const list = children.get(stat.ppid);
    if (list) list.push(pid);
    else children.set(stat.ppid, [pid]);
  }
  const pids = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop();
    if (!stats.has(pid)) continue;
    pids.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return pids.map((pid) => ({ pid, ...stats.get(pid) }));
}

export const available = fs.existsSync('/proc/self/stat');

/** Resident memory of `root` and every descendant now, in MB (pages shared between them count twice). */
export function treeRssMB(root) {
  return Math.round((tree(root).reduce((sum, p) => sum + p.rssPages, 0) * PAGE) / 2 ** 20);
}

/**
 * CPU seconds used so far by `root` and every descendant alive now, all their threads (user +
 * system, from /proc): what a server spent, including what it does off its JavaScript thread
 * (zlib compresses on libuv's thread pool, which a JavaScript profile does not see).
 */
export function treeCpuSeconds(root) {
  return tree(root).reduce((sum, p) => sum + p.utime + p.stime, 0) / TICKS;
}

/**
 * Spawns `command` through bash, samples its process tree every `intervalMs`, and resolves with
 * { code, wallMs, cpuMs, cpuWaitedMs, cpuSampledMs, processes, peakTreeRssMB, peakProcessRssMB,
 * peakProcesses, atPeak, output } (atPeak: the processes of 20 MB or more at the tree's peak;
 * processes: each process seen, { command, cpuMs }, its own CPU at its last sample, most first).
 * RSS of the tree is the sum over processes, so pages they share count more than once: an upper
 * bound on what the tree holds.
 * CPU time, two ways, each short of the whole: `cpuWaitedMs`, bash's `times` for its children, holds
 * only the descendants that were waited for, and a process whose parent exits before reaping it is
 * reaped by init instead (Pagefind's service: at 1,000 posts 1.4 of its step's 4.0 CPU-s counted;
 * two bench runs counted next build at 64.6 and 79.4 CPU-s against 94.7–99.7 in others, README);
 * `cpuSampledMs`, each process's own CPU
 * time at its last sample, misses what a process does after it (up to `intervalMs`), and processes
 * that live less than that. `cpuMs` is the larger.
 */
export function measured(command, { cwd, env, intervalMs = 100, echo = true, label } = {}) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const timesFile = `/tmp/bench-times-${process.pid}-${Date.now()}`;
    // bash's `times` prints the user and system time of the children it waited for: the whole tree.
    const script = `${command}\nrc=$?\ntimes > ${timesFile}\nexit $rc`;
    const child = spawn('bash', ['-c', script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk) => {
      const text = chunk.toString();
      output += text;
      if (output.length > 4_000_000) output = output.slice(-2_000_000);
      if (echo) process.stdout.write(label ? text.replace(/^(?=.)/gm, `  [${label}] `) : text);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    let peakTree = 0;
    let peakProcess = 0;
    let peakProcesses = 0;
    let atPeak = [];
    // Each process's own CPU ticks and command line at its last sample, by pid and start time (a pid may be reused).
    const seen = new Map();
    const sample = () => {
      const procs = tree(child.pid);
      for (const p of procs) {
        const key = `${p.pid}:${p.startTime}`;
        const command = commandOf(p.pid, 1000);
        // Empty (a zombie) or '?' (it exited since the scan): the command seen before stands.
        const known = command && command !== '?' ? command : (seen.get(key)?.command ?? command);
        seen.set(key, { ticks: p.utime + p.stime, command: known });
      }
      const total = procs.reduce((sum, p) => sum + p.rssPages * PAGE, 0);
      if (total > peakTree) atPeak = procs.map((p) => ({ command: commandOf(p.pid), rssMB: Math.round((p.rssPages * PAGE) / 2 ** 20) })).filter((p) => p.rssMB >= 20);
      peakTree = Math.max(peakTree, total);
      peakProcesses = Math.max(peakProcesses, procs.length);
      for (const p of procs) peakProcess = Math.max(peakProcess, p.rssPages * PAGE);
    };
    const timer = available ? setInterval(sample, intervalMs) : null;
    child.on('exit', (code) => {
      if (timer) clearInterval(timer);
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      let cpuMs = null;
      try {
        // Second line of `times`: children's user and system time, e.g. "1m2.345s 0m3.210s".
        const line = fs.readFileSync(timesFile, 'utf8').trim().split('\n')[1] ?? '';
        cpuMs = line
          .split(/\s+/)
          .map((t) => /(\d+)m([\d.]+)s/.exec(t))
          .filter(Boolean)
          .reduce((ms, m) => ms + (Number(m[1]) * 60 + Number(m[2])) * 1000, 0);
        fs.rmSync(timesFile, { force: true });
      } catch {
        cpuMs = null;
      }
      const tickMs = (ticks) => Math.round((ticks * 1000) / TICKS);
      const cpuSampledMs = available ? tickMs([...seen.values()].reduce((sum, p) => sum + p.ticks, 0)) : null;
      const processes = [...seen.values()].map((p) => ({ command: p.command, cpuMs: tickMs(p.ticks) })).sort((a, b) => b.cpuMs - a.cpuMs);
      const cpuWaitedMs = cpuMs === null ? null : Math.round(cpuMs);
      resolve({
        code,
        wallMs: Math.round(wallMs),
        cpuMs: cpuWaitedMs === null && cpuSampledMs === null ? null : Math.max(cpuWaitedMs ?? 0, cpuSampledMs ?? 0),
        cpuWaitedMs,
        cpuSampledMs,
        processes,
        peakTreeRssMB: Math.round(peakTree / 2 ** 20),
        peakProcessRssMB: Math.round(peakProcess / 2 ** 20),
        peakProcesses,
        atPeak: atPeak.sort((a, b) => b.rssMB - a.rssMB),
        output,
      });
    });
  });
}
