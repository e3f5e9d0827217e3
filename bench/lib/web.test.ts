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
    // The server answers in its own child process (wrk's run blocks this one) and reports, in
    // order, each connection it accepted ("c") and each request it got ("r").
    const server = `const http = require('node:http');
const events = [];
const server = http.createServer((req, res) => { events.push('r'); res.end('ok'); });
server.on('connection', () => events.push('c'));
server.listen(0, '127.0.0.1', () => process.stdout.write(String(server.address().port) + '\\n'));
process.on('SIGTERM', () => { process.stdout.write(JSON.stringify(events)); process.exit(0); });`;
    const child = spawn(process.execPath, ['-e', server], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const port = await new Promise<number>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim()))));
    const result = load(`http://127.0.0.1:${port}/`, { seconds: 1, connections: 48, root, warmupSeconds: 0 });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    const events = JSON.parse(out.slice(out.indexOf('\n') + 1)) as string[];
    expect(result.tool).toBe('wrk');
    expect(result.errors).toBe(0);
    // wrk's 48, and the one it opens first to see that the server answers.
    const accepted = events.filter((e) => e === 'c').length;
    expect(accepted).toBeGreaterThanOrEqual(48);
    expect(accepted).toBeLessThanOrEqual(49);
    // All of them accepted before any request came.
    expect(events.indexOf('r')).toBe(accepted);
    expect(events.filter((e) => e === 'r').length).toBeGreaterThan(100);
  });
});
