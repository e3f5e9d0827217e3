import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { load } from './web.mjs';

const root = path.join(__dirname, '..', '..');

describe('load (wrk, as the bench measures a server)', () => {
  beforeAll(async () => {
    // Debian's wrk: installed when missing (as root, as in CI), else a message with the command.
    await promisify(execFile)(process.execPath, [path.join(root, 'scripts', 'ensure-apt.mjs'), 'wrk']);
  }, 300_000);

  it('opens every connection before the first request, so that the p99 is not the server accepting them', async () => {
    // The server answers in its own child process (wrk's run blocks this one) and reports the
    // connections it accepted before the first request, in all, and the requests it got. (Small,
    // and the exit waits for the write: a pipe is written asynchronously, and a large report was
    // cut off by the exit once.)
    const server = `const http = require('node:http');
const seen = { acceptedBeforeFirstRequest: 0, accepted: 0, requests: 0 };
const server = http.createServer((req, res) => { seen.requests += 1; res.end('ok'); });
server.on('connection', () => { seen.accepted += 1; if (seen.requests === 0) seen.acceptedBeforeFirstRequest += 1; });
server.listen(0, '127.0.0.1', () => process.stdout.write(String(server.address().port) + '\\n'));
process.on('SIGTERM', () => process.stdout.write(JSON.stringify(seen), () => process.exit(0)));`;
    const child = spawn(process.execPath, ['-e', server], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const port = await new Promise<number>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim()))));
    const result = load(`http://127.0.0.1:${port}/`, { seconds: 1, connections: 48, root, warmupSeconds: 0 });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    const seen = JSON.parse(out.slice(out.indexOf('\n') + 1)) as { acceptedBeforeFirstRequest: number; accepted: number; requests: number };
    expect(result.tool).toBe('wrk');
    expect(result.errors).toBe(0);
    // wrk's 48, and the one it opens first to see that the server answers.
    expect(seen.accepted).toBeGreaterThanOrEqual(48);
    expect(seen.accepted).toBeLessThanOrEqual(49);
    // All of them accepted before any request came.
    expect(seen.acceptedBeforeFirstRequest).toBe(seen.accepted);
    expect(seen.requests).toBeGreaterThan(100);
  });
});
