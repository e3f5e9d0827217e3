import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';

type Factory = (options?: zlib.ZlibOptions) => Readable & { write: (chunk: unknown) => boolean; end: (chunk?: unknown) => unknown; flush: () => void };
const require = createRequire(import.meta.url);
const { CompressedCache, DEFAULT_MB, cacheBytes, cachingFactory } = require('./gzip-cache.cjs') as {
  CompressedCache: new (maxBytes: number) => object;
  DEFAULT_MB: number;
  cacheBytes: (value: string | undefined) => number;
  cachingFactory: (factory: Factory, name: string, cache: object) => Factory;
};

// Page-like bodies: the same length, different bytes.
const page = (word: string) => Array.from({ length: 300 }, (_, i) => `<p class="prose">${word} paragraph ${i % 10} of an article</p>`).join('\n');
const bodyA = page('Alpha');
const bodyB = page('Bravo');

/** zlib.createGzip, counting the streams it makes: each one is a compression zlib did. */
function countingGzip() {
  const made = { count: 0 };
  const factory = ((options?: zlib.ZlibOptions) => {
    made.count += 1;
    return zlib.createGzip(options);
  }) as unknown as Factory;
  return { made, factory };
}

/** What a stream of `factory` emits for `body` given whole to end, as one buffer. */
function compressWhole(factory: Factory, body: string | Buffer): Promise<Buffer> {
  const stream = factory({ level: 1 });
  const parts: Buffer[] = [];
  stream.on('data', (part: Buffer) => parts.push(part));
  return new Promise((resolve, reject) => {
    stream.on('end', () => resolve(Buffer.concat(parts)));
    stream.on('error', reject);
    stream.end(body);
  });
}

describe('gzip-cache.cjs', () => {
  it('compresses a body given whole once, and sends the same bytes from the cache after', async () => {
    const { made, factory } = countingGzip();
    const caching = cachingFactory(factory, 'createGzip', new CompressedCache(1024 * 1024));
    const first = await compressWhole(caching, bodyA);
    const second = await compressWhole(caching, Buffer.from(bodyA));
    expect(zlib.gunzipSync(first).toString()).toBe(bodyA);
    expect(first.equals(zlib.gzipSync(bodyA, { level: 1 }))).toBe(true);
    expect(second.equals(first)).toBe(true);
    expect(made.count).toBe(1);
  });

  it('finds an entry by its bytes, not its length: two bodies of one length each get their own', async () => {
    expect(bodyA.length).toBe(bodyB.length);
    // And two that differ in one byte only, one its fingerprint does not read (512 evenly spaced).
    const nearA = `${bodyA[0]}q${bodyA.slice(2)}`;
    const { made, factory } = countingGzip();
    const caching = cachingFactory(factory, 'createGzip', new CompressedCache(1024 * 1024));
    for (const body of [bodyA, bodyB, nearA, bodyA, bodyB, nearA]) expect(zlib.gunzipSync(await compressWhole(caching, body)).toString()).toBe(body);
    expect(made.count).toBeGreaterThanOrEqual(3);
  });

  it('keeps its own copy of a body: the caller changing its buffer afterwards changes nothing', async () => {
    const caching = cachingFactory(countingGzip().factory, 'createGzip', new CompressedCache(1024 * 1024));
    const buffer = Buffer.from(bodyA);
    await compressWhole(caching, buffer);
    // A byte the fingerprint does not read: only the copy tells the two bodies apart.
    buffer.write('q', 1);
    expect(zlib.gunzipSync(await compressWhole(caching, buffer)).toString()).toBe(buffer.toString());
    expect(zlib.gunzipSync(await compressWhole(caching, bodyA)).toString()).toBe(bodyA);
  });

  it('does not mix options: another level is another entry', async () => {
    const { made, factory } = countingGzip();
    const caching = cachingFactory(factory, 'createGzip', new CompressedCache(1024 * 1024));
    const one = await compressWhole(caching, bodyA);
    const stream = caching({ level: 9 });
    const parts: Buffer[] = [];
    stream.on('data', (part: Buffer) => parts.push(part));
    await new Promise((resolve) => {
      stream.on('end', resolve);
      stream.end(bodyA);
    });
    expect(Buffer.concat(parts).equals(zlib.gzipSync(bodyA, { level: 9 }))).toBe(true);
    expect(Buffer.concat(parts).equals(one)).toBe(false);
    expect(made.count).toBe(2);
  });

  it('lets the least recently sent go when it is full', async () => {
    const { made, factory } = countingGzip();
    // Ten bodies of one size; room for eight and a half of them (a body and its gzip).
    const bodies = Array.from({ length: 10 }, (_, i) => page(`Word${i}`));
    const entry = bodies[0]!.length + zlib.gzipSync(bodies[0]!, { level: 1 }).length;
    const caching = cachingFactory(factory, 'createGzip', new CompressedCache(Math.floor(entry * 8.5)));
    for (const body of bodies) await compressWhole(caching, body);
    expect(made.count).toBe(10);
    // The last eight are kept; sending one makes it the most recent.
    await compressWhole(caching, bodies[2]!);
    expect(made.count).toBe(10);
    // The first two went; putting the first back pushes out the oldest left, the fourth (the third was just sent).
    await compressWhole(caching, bodies[0]!);
    await compressWhole(caching, bodies[1]!);
    expect(made.count).toBe(12);
    await compressWhole(caching, bodies[2]!);
    expect(made.count).toBe(12);
    await compressWhole(caching, bodies[3]!);
    expect(made.count).toBe(13);
  });

  it('passes a body in several writes and flushes through zlib as it comes, and caches none of it', async () => {
    const { made, factory } = countingGzip();
    const caching = cachingFactory(factory, 'createGzip', new CompressedCache(1024 * 1024));
    // Two responses that end with the same last chunk after different beginnings.
    for (const body of [bodyA, `${bodyB.slice(0, 1000)}${bodyA.slice(1000)}`]) {
      const stream = caching({ level: 1 });
      const parts: Buffer[] = [];
      stream.on('data', (part: Buffer) => parts.push(part));
      stream.write(Buffer.from(body.slice(0, 1000)));
      stream.flush();
      // The flushed part arrives before the rest is even written: a streamed page keeps streaming.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(zlib.gunzipSync(Buffer.concat(parts), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString()).toBe(body.slice(0, 1000));
      await new Promise((resolve) => {
        stream.on('end', resolve);
        stream.end(Buffer.from(body.slice(1000)));
      });
      expect(zlib.gunzipSync(Buffer.concat(parts)).toString()).toBe(body);
    }
    expect(made.count).toBe(2);
  });

  it("sends Next's compression middleware the cached bytes, under npm start's preload, and streams what it streams", () => {
    // A spy loaded first counts the compressions zlib really does, under the level and the cache.
    const probe = `let made = 0;
const zlib = require('node:zlib');
const original = zlib.createGzip;
Object.defineProperty(zlib, 'createGzip', { ...Object.getOwnPropertyDescriptor(zlib, 'createGzip'), value: (o) => { made += 1; return original(o); } });
require(${JSON.stringify(path.join(__dirname, 'start-preload.cjs'))});
const compression = require('next/dist/compiled/compression');
const http = require('node:http');
const compress = compression();
const server = http.createServer((req, res) => compress(req, res, () => {
  res.setHeader('content-type', 'text/html');
  if (req.url === '/whole') return res.end(process.env.BODY);
  res.write(process.env.BODY.slice(0, 2000));
  res.flush();
  setTimeout(() => res.end(process.env.BODY.slice(2000)), 400);
}));
const get = (url) => new Promise((resolve) => http.get({ port: server.address().port, host: '127.0.0.1', path: url, headers: { 'accept-encoding': 'gzip' } }, (res) => {
  const chunks = []; const start = Date.now(); let first;
  res.on('data', (c) => { first ??= Date.now() - start; chunks.push(c); });
  res.on('end', () => resolve({ body: Buffer.concat(chunks).toString('base64'), first, last: Date.now() - start }));
}));
server.listen(0, '127.0.0.1', async () => {
  const results = [await get('/whole'), await get('/whole'), await get('/stream')];
  process.stdout.write(JSON.stringify({ made, results }));
  server.close();
});`;
    const env: NodeJS.ProcessEnv = { ...process.env, BODY: bodyA };
    delete env.GZIP_LEVEL;
    delete env.GZIP_CACHE_MB;
    const run = (extra: Record<string, string>) =>
      JSON.parse(execFileSync(process.execPath, ['-e', probe], { env: { ...env, ...extra }, cwd: path.join(__dirname, '..'), encoding: 'utf8' })) as {
        made: number;
        results: { body: string; first: number; last: number }[];
      };
    const cached = run({});
    const [first, second, streamed] = cached.results.map((r) => ({ ...r, bytes: Buffer.from(r.body, 'base64') }));
    expect(zlib.gunzipSync(first!.bytes).toString()).toBe(bodyA);
    expect(first!.bytes.equals(zlib.gzipSync(bodyA, { level: 1 }))).toBe(true);
    expect(second!.bytes.equals(first!.bytes)).toBe(true);
    expect(zlib.gunzipSync(streamed!.bytes).toString()).toBe(bodyA);
    // The streamed response's first part came before its end, 400 ms later.
    expect(streamed!.last - streamed!.first).toBeGreaterThan(300);
    // Two compressions: the first whole body and the streamed one; the second whole body came from the cache.
    expect(cached.made).toBe(2);
    // GZIP_CACHE_MB=0: zlib compresses every response, the same bytes.
    const off = run({ GZIP_CACHE_MB: '0' });
    expect(off.made).toBe(3);
    expect(Buffer.from(off.results[1]!.body, 'base64').equals(first!.bytes)).toBe(true);
  });

  it('refuses a GZIP_CACHE_MB that is not a whole number of megabytes, saying what to write', () => {
    expect(DEFAULT_MB).toBe(32);
    expect([undefined, '', '0', '64', ' 8 '].map(cacheBytes)).toEqual([32, 32, 0, 64, 8].map((mb) => mb * 1024 * 1024));
    for (const bad of ['-1', 'lots', '1.5', '32MB']) expect(() => cacheBytes(bad)).toThrow(/GZIP_CACHE_MB is ".*": it must be a whole number of megabytes \(0 turns/);
    const env: NodeJS.ProcessEnv = { ...process.env, GZIP_CACHE_MB: '32MB' };
    delete env.GZIP_LEVEL;
    const start = spawnSync(process.execPath, [path.join(__dirname, 'start.cjs')], { env, encoding: 'utf8' });
    expect(start.status).toBe(1);
    expect(start.stderr.trim()).toBe('npm start: GZIP_CACHE_MB is "32MB": it must be a whole number of megabytes (0 turns the cache of compressed responses off). Unset it for 32.');
  });
});
