import { execFileSync } from 'node:child_process';
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
    // Without it, Node's default: the difference is the script's doing, not this machine's.
    expect(poolThreads([], env)).toBe(4);
  });

  it('keeps a size the environment already sets', () => {
    expect(poolThreads(['--require', path.join(__dirname, 'thread-pool.cjs')], { ...process.env, UV_THREADPOOL_SIZE: '3' })).toBe(3);
  });
});
