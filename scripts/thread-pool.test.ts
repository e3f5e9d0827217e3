import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { threadPoolSize } = require('./thread-pool.cjs') as { threadPoolSize: (cores: number) => number };

/**
 * How many threads a Node process started with `args` adds when it first uses libuv's pool (a
 * gzip): the pool's size, as libuv made it.
 */
function poolThreads(args: string[], env: NodeJS.ProcessEnv): number {
  const probe = `const fs = require('node:fs'); const before = fs.readdirSync('/proc/self/task').length;
require('node:zlib').gzip(Buffer.alloc(64), () => console.log(fs.readdirSync('/proc/self/task').length - before));`;
  return Number(execFileSync(process.execPath, [...args, '-e', probe], { env, encoding: 'utf8' }).trim());
}

describe('thread-pool.cjs', () => {
  it('leaves one core to the JavaScript thread, keeps at least one pool thread and at most Node\'s default 4', () => {
    expect([1, 2, 3, 4, 5, 8, 64].map(threadPoolSize)).toEqual([1, 1, 2, 3, 4, 4, 4]);
  });

  it('sizes the pool of the process that loads it before anything used the pool (scripts/start.cjs loads it first)', () => {
    const env = { ...process.env };
    delete env.UV_THREADPOOL_SIZE;
    const preload = ['--require', path.join(__dirname, 'thread-pool.cjs')];
    expect(poolThreads(preload, env)).toBe(threadPoolSize(os.availableParallelism()));
    // Without it, Node's default: the difference is the script's doing.
    expect(poolThreads([], env)).toBe(4);
    // On a machine of 3 cores, whatever this one has: 2 threads, not the default.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thread-pool-'));
    const threeCores = path.join(dir, 'three-cores.cjs');
    fs.writeFileSync(threeCores, "require('node:os').availableParallelism = () => 3;\n");
    try {
      expect(poolThreads(['--require', threeCores, ...preload], env)).toBe(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps a size the environment already sets', () => {
    expect(poolThreads(['--require', path.join(__dirname, 'thread-pool.cjs')], { ...process.env, UV_THREADPOOL_SIZE: '3' })).toBe(3);
  });
});
