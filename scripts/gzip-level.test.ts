import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { DEFAULT_LEVEL, gzipLevel } = require('./gzip-level.cjs') as { DEFAULT_LEVEL: number; gzipLevel: (value: string | undefined) => number };
const preload = ['--require', path.join(__dirname, 'gzip-level.cjs')];

// A page-like body: repetitive enough that zlib's levels give different bytes.
const body = Array.from({ length: 400 }, (_, i) => `<p class="prose">Paragraph ${i} of an article about OpenStack ${i % 7}</p>`).join('\n');

/**
 * The bytes Next's own compression middleware (the one `next start` runs on every response) sends
 * for `body` to a client that accepts `encoding`, in a Node process started with `args`.
 */
function compressedByNext(args: string[], env: NodeJS.ProcessEnv, encoding = 'gzip'): Buffer {
  const probe = `const compression = require('next/dist/compiled/compression');
const http = require('node:http');
const compress = compression();
const server = http.createServer((req, res) => compress(req, res, () => { res.setHeader('content-type', 'text/html'); res.end(process.env.BODY); }));
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1', headers: { 'accept-encoding': '${encoding}' } }, (res) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => { process.stdout.write(res.headers['content-encoding'] + '\\n' + Buffer.concat(chunks).toString('base64')); server.close(); });
  });
});`;
  const [coding, base64] = execFileSync(process.execPath, [...args, '-e', probe], { env: { ...env, BODY: body }, cwd: path.join(__dirname, '..'), encoding: 'utf8' }).split('\n');
  expect(coding).toBe(encoding);
  return Buffer.from(base64!, 'base64');
}

describe('gzip-level.cjs', () => {
  const env = { ...process.env };
  delete env.GZIP_LEVEL;

  it("makes Next's compression gzip at level 1 by default, where it gzips at zlib's default 6 without it", () => {
    expect(DEFAULT_LEVEL).toBe(1);
    const withPreload = compressedByNext(preload, env);
    expect(zlib.gunzipSync(withPreload).toString()).toBe(body);
    expect(withPreload.equals(zlib.gzipSync(body, { level: 1 }))).toBe(true);
    // Without it, Next's own default: the difference is the script's doing.
    const without = compressedByNext([], env);
    expect(without.equals(zlib.gzipSync(body, { level: 6 }))).toBe(true);
    expect(without.equals(withPreload)).toBe(false);
  });

  it('sets deflate the same way, and GZIP_LEVEL chooses another level', () => {
    expect(compressedByNext(preload, env, 'deflate').equals(zlib.deflateSync(body, { level: 1 }))).toBe(true);
    expect(compressedByNext(preload, { ...env, GZIP_LEVEL: '4' }).equals(zlib.gzipSync(body, { level: 4 }))).toBe(true);
  });

  it('keeps a level its caller names', () => {
    const out = execFileSync(process.execPath, [...preload, '-e', `process.stdout.write(String(require('node:zlib').createGzip({ level: 9 })._level))`], { env, encoding: 'utf8' });
    expect(out).toBe('9');
  });

  it('refuses a GZIP_LEVEL that is not one of zlib\'s levels, saying what to write', () => {
    expect([undefined, '', '0', '9', ' 3 '].map(gzipLevel)).toEqual([1, 1, 0, 9, 3]);
    for (const bad of ['10', '-1', 'fast', '1.5']) expect(() => gzipLevel(bad)).toThrow(/GZIP_LEVEL is ".*": it must be one of zlib's levels, a whole number from 0 \(no compression\) to 9/);
    const run = spawnSync(process.execPath, [...preload, '-e', ''], { env: { ...env, GZIP_LEVEL: 'fast' }, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('GZIP_LEVEL is "fast"');
    // npm start says it in one line, before Next starts.
    const start = spawnSync(process.execPath, [path.join(__dirname, 'start.cjs')], { env: { ...env, GZIP_LEVEL: '12' }, encoding: 'utf8' });
    expect(start.status).toBe(1);
    expect(start.stderr.trim()).toBe('npm start: GZIP_LEVEL is "12": it must be one of zlib\'s levels, a whole number from 0 (no compression) to 9 (smallest). Unset it for 1.');
  });
});
