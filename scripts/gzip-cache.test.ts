import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';

type Factory = (options?: zlib.ZlibOptions) => Readable & { write: (chunk: unknown) => boolean; end: (chunk?: unknown) => unknown; flush: () => void };
const require = createRequire(import.meta.url);
type Cache = { bytes: number; entries: Map<string, { input: Buffer; output: Buffer }>; replace: (kind: string, entry: object, output: Buffer) => boolean };
const { CompressedCache, DEFAULT_MB, REFINE_LEVEL, cacheBytes, cachingFactory } = require('./gzip-cache.cjs') as {
  CompressedCache: new (maxBytes: number) => Cache;
  DEFAULT_MB: number;
  REFINE_LEVEL: number;
  cacheBytes: (value: string | undefined) => number;
  cachingFactory: (factory: Factory, name: string, cache: object, options?: { level?: number | null }) => Factory;
};

/** Waits until `check` holds, up to two seconds (the refining compression runs on libuv's pool). */
async function until(check: () => boolean) {
  for (let waited = 0; !check() && waited < 2000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
}

// Page-like bodies: the same length, different bytes.
const page = (word: string) => Array.from({ length: 300 }, (_, i) => `<p class="prose">${word} paragraph ${i % 10} of an article</p>`).join('\n');
const bodyA = page('Alpha');
const bodyB = page('Bravo');
// A body that differs from `body` in one byte the fingerprint does not read (it reads 512, evenly spaced).
const nearly = (body: string) => `${body[0]}q${body.slice(2)}`;

/** zlib.createGzip, counting the streams it makes: each one is a compression zlib did. */
function countingGzip() {
  // count: the streams at any level but 9; at9: those at 9 (a cached body sent again is compressed
  // once more at 9 by a stream of this factory).
  const made = { count: 0, at9: 0 };
  const factory = ((options?: zlib.ZlibOptions) => {
    if (options?.level === 9) made.at9 += 1;
    else made.count += 1;
    return zlib.createGzip(options);
  }) as unknown as Factory;
  return { made, factory };
}

// Prose-like text: words in an order of their own, so that zlib's levels 1 and 9 give different sizes
// even for the part up to a flush.
const WORDS = 'cloud open infra stack node summit release kata zuul starlingx airship nova neutron swift keystone community'.split(' ');
const prose = Array.from({ length: 3000 }, (_, i) => WORDS[(i * 7919 + ((i * i) % 13)) % WORDS.length]).join(' ');

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

  it('compresses a body sent whole again at level 9, once, and sends those bytes from then on', async () => {
    const { made, factory } = countingGzip();
    const cache = new CompressedCache(1024 * 1024);
    const caching = cachingFactory(factory, 'createGzip', cache);
    const first = await compressWhole(caching, bodyA);
    const second = await compressWhole(caching, bodyA);
    // The second response is the cached level-1 bytes; the level-9 ones replace them after it.
    expect(second.equals(first)).toBe(true);
    const best = zlib.gzipSync(bodyA, { level: REFINE_LEVEL });
    expect(best.length).toBeLessThan(first.length);
    await until(() => cache.bytes === bodyA.length + best.length);
    expect(cache.bytes).toBe(bodyA.length + best.length);
    const third = await compressWhole(caching, bodyA);
    expect(third.equals(best)).toBe(true);
    expect((await compressWhole(caching, bodyA)).equals(best)).toBe(true);
    expect(zlib.gunzipSync(third).toString()).toBe(bodyA);
    // One compression at the response's level, and one at 9.
    expect(made).toEqual({ count: 1, at9: 1 });
  });

  it('refines none whose level is not known or not lower', async () => {
    // Level 1 set under the cache where it is not told (as scripts/gzip-level.cjs does), then a stream that names 9.
    const levelOne = ((options?: zlib.ZlibOptions) => zlib.createGzip({ level: 1, ...options })) as unknown as Factory;
    for (const [level, options] of [[null, {}], [1, { level: 9 }]] as const) {
      const cache = new CompressedCache(1024 * 1024);
      const caching = cachingFactory(levelOne, 'createGzip', cache, { level });
      const whole = async () => {
        const stream = caching(options);
        const parts: Buffer[] = [];
        stream.on('data', (part: Buffer) => parts.push(part));
        await new Promise((resolve) => (stream.on('end', resolve), stream.end(bodyA)));
        return Buffer.concat(parts);
      };
      const sent = [await whole(), await whole()];
      await new Promise((resolve) => setTimeout(resolve, 200));
      sent.push(await whole());
      expect(sent[2]!.equals(sent[0]!)).toBe(true);
    }
  });

  it('puts refined bytes only into an entry still in the cache', async () => {
    const cache = new CompressedCache(1024 * 1024);
    const caching = cachingFactory(countingGzip().factory, 'createGzip', cache);
    await compressWhole(caching, bodyA);
    const [key, entry] = [...cache.entries][0]!;
    const before = cache.bytes;
    cache.entries.delete(key);
    expect(cache.replace(`createGzip:${JSON.stringify({ level: 1 })}`, entry, Buffer.alloc(10))).toBe(false);
    expect(cache.bytes).toBe(before);
    cache.entries.set(key, entry);
    expect(cache.replace(`createGzip:${JSON.stringify({ level: 1 })}`, entry, Buffer.alloc(10))).toBe(true);
    expect(cache.bytes).toBe(bodyA.length + 10);
  });

  it('finds an entry by its bytes, not its length: two bodies of one length each get their own', async () => {
    expect(bodyA.length).toBe(bodyB.length);
    // And two that differ in one byte only.
    const nearA = nearly(bodyA);
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
    expect(made.count + made.at9).toBe(2);
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

  /** Sends `body` the way Next sends an RSC payload: one write, a flush, an empty write, then an empty end `wait` ms later (0: in the same turn). */
  async function sendFlushed(factory: Factory, body: string, wait: number, after?: string) {
    const stream = factory({ level: 1 });
    const parts: Buffer[] = [];
    stream.on('data', (part: Buffer) => parts.push(part));
    const ended = new Promise((resolve, reject) => {
      stream.on('end', resolve);
      stream.on('error', reject);
    });
    stream.write(Buffer.from(body));
    stream.flush();
    stream.write(Buffer.alloc(0));
    let beforeEnd = '';
    if (wait > 0) {
      await new Promise((resolve) => setTimeout(resolve, wait));
      beforeEnd = zlib.gunzipSync(Buffer.concat(parts), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString();
    }
    if (after === undefined) stream.end();
    else stream.end(Buffer.from(after));
    await ended;
    return { bytes: Buffer.concat(parts), beforeEnd };
  }

  it('answers a body flushed once then ended empty (an RSC payload) from the cache, the flushed part at the flush', async () => {
    const { made, factory } = countingGzip();
    const caching = cachingFactory(factory, 'createGzip', new CompressedCache(1024 * 1024));
    const first = await sendFlushed(caching, bodyA, 50);
    expect(first.beforeEnd).toBe(bodyA);
    expect(zlib.gunzipSync(first.bytes).toString()).toBe(bodyA);
    const second = await sendFlushed(caching, bodyA, 50);
    // From the cache: the same bytes, and the flushed part still came before the end.
    expect(second.beforeEnd).toBe(bodyA);
    expect(second.bytes.equals(first.bytes)).toBe(true);
    expect(made.count).toBe(1);
    // And, after that second response, once at level 9 for the next ones.
    expect(made.at9).toBe(1);
    // Another body, and the same body ended in the flush's own turn (zlib then makes other bytes, so
    // the end waits for the flush): each compressed once.
    for (const body of [bodyB, bodyB, nearly(bodyA), nearly(bodyA)]) expect(zlib.gunzipSync((await sendFlushed(caching, body, 0)).bytes).toString()).toBe(body);
    expect(made.count).toBe(3);
    // A body given whole is another entry than the same body flushed.
    expect(zlib.gunzipSync(await compressWhole(caching, bodyA)).toString()).toBe(bodyA);
    expect(made.count).toBe(4);
  });

  it('hands a response that goes on after a cached flush to zlib, without sending the flushed part twice', async () => {
    const { made, factory } = countingGzip();
    const caching = cachingFactory(factory, 'createGzip', new CompressedCache(1024 * 1024));
    await sendFlushed(caching, bodyA, 0);
    expect(made.count).toBe(1);
    // The same first part, flushed from the cache, then more: zlib is given the first part again
    // and its bytes up to the flush are dropped.
    const more = await sendFlushed(caching, bodyA, 50, bodyB);
    expect(more.beforeEnd).toBe(bodyA);
    expect(zlib.gunzipSync(more.bytes).toString()).toBe(bodyA + bodyB);
    expect(made.count).toBe(2);
    // A body in writes, with no flush (a static file): held, then answered whole.
    const inWrites = async () => {
      const stream = caching({ level: 1 });
      const parts: Buffer[] = [];
      stream.on('data', (part: Buffer) => parts.push(part));
      const ended = new Promise((resolve) => stream.on('end', resolve));
      stream.write(Buffer.from(bodyA.slice(0, 5000)));
      await new Promise((resolve) => setImmediate(resolve));
      stream.write(Buffer.from(bodyA.slice(5000)));
      stream.end();
      await ended;
      return Buffer.concat(parts);
    };
    const [one, two] = [await inWrites(), await inWrites()];
    expect(zlib.gunzipSync(one).toString()).toBe(bodyA);
    expect(two.equals(one)).toBe(true);
    expect(made.count).toBe(3);
  });

  /** What a level-9 stream sends for `body` written, flushed, then ended; and how many of its bytes came by the flush. */
  async function flushedAt9(body: string) {
    const stream = zlib.createGzip({ level: 9 });
    const parts: Buffer[] = [];
    let length = 0;
    stream.on('data', (part: Buffer) => (parts.push(part), (length += part.length)));
    const ended = new Promise((resolve) => stream.on('end', resolve));
    stream.write(body);
    const cut = await new Promise<number>((resolve) => stream.flush(() => resolve(length + stream.readableLength)));
    stream.end();
    await ended;
    return { bytes: Buffer.concat(parts), cut };
  }

  it('refines a flushed body sent again: from then on level 9, the part up to the flush still at the flush', async () => {
    const { made, factory } = countingGzip();
    const cache = new CompressedCache(1024 * 1024);
    const caching = cachingFactory(factory, 'createGzip', cache);
    const first = await sendFlushed(caching, prose, 0);
    const second = await sendFlushed(caching, prose, 0);
    expect(second.bytes.equals(first.bytes)).toBe(true);
    const best = await flushedAt9(prose);
    expect(best.bytes.length).toBeLessThan(first.bytes.length);
    await until(() => cache.bytes === prose.length + best.bytes.length);
    const third = await sendFlushed(caching, prose, 50);
    expect(third.beforeEnd).toBe(prose);
    expect(third.bytes.equals(best.bytes)).toBe(true);
    expect(made).toEqual({ count: 1, at9: 1 });
    // A response that goes on after the refined flush: zlib, at 9, given the first part again.
    const more = await sendFlushed(caching, prose, 50, bodyB);
    expect(more.beforeEnd).toBe(prose);
    expect(zlib.gunzipSync(more.bytes).toString()).toBe(prose + bodyB);
  });

  it('keeps a copy of a held write: the caller may reuse its buffer once the write has called back', async () => {
    const caching = cachingFactory(countingGzip().factory, 'createGzip', new CompressedCache(1024 * 1024));
    const stream = caching({ level: 1 }) as ReturnType<Factory> & { write: (chunk: Buffer, done: () => void) => boolean };
    const parts: Buffer[] = [];
    stream.on('data', (part: Buffer) => parts.push(part));
    const ended = new Promise((resolve) => stream.on('end', resolve));
    const buffer = Buffer.from(bodyA);
    await new Promise<void>((resolve) => stream.write(buffer, resolve));
    buffer.fill('!');
    stream.end();
    await ended;
    expect(zlib.gunzipSync(Buffer.concat(parts)).toString()).toBe(bodyA);
  });

  it('holds no more than an eighth of the cache: a larger body streams through zlib as it is written', async () => {
    const { made, factory } = countingGzip();
    const caching = cachingFactory(factory, 'createGzip', new CompressedCache(1024 * 1024));
    // Random bytes do not compress: zlib sends them on as they come.
    const chunks = [randomBytes(100_000), randomBytes(100_000), randomBytes(100_000)];
    const stream = caching({ level: 1 });
    const parts: Buffer[] = [];
    stream.on('data', (part: Buffer) => parts.push(part));
    const ended = new Promise((resolve) => stream.on('end', resolve));
    for (const chunk of chunks) stream.write(chunk);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(Buffer.concat(parts).length).toBeGreaterThan(100_000);
    stream.end();
    await ended;
    expect(zlib.gunzipSync(Buffer.concat(parts)).equals(Buffer.concat(chunks))).toBe(true);
    expect(made.count).toBe(1);
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
  // As Next sends an RSC payload: a write, a flush, then the end a turn later.
  if (req.url === '/flushed') {
    res.write(process.env.BODY);
    res.flush();
    return setImmediate(() => res.end());
  }
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
  const results = [await get('/whole'), await get('/whole'), await get('/stream'), await get('/flushed'), await get('/flushed')];
  // By now the body sent whole twice has been compressed again at level 9.
  await new Promise((resolve) => setTimeout(resolve, 100));
  results.push(await get('/whole'));
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
    const [first, second, streamed, flushed, flushedAgain, third] = cached.results.map((r) => ({ ...r, bytes: Buffer.from(r.body, 'base64') }));
    expect(zlib.gunzipSync(first!.bytes).toString()).toBe(bodyA);
    expect(first!.bytes.equals(zlib.gzipSync(bodyA, { level: 1 }))).toBe(true);
    expect(second!.bytes.equals(first!.bytes)).toBe(true);
    expect(third!.bytes.equals(zlib.gzipSync(bodyA, { level: REFINE_LEVEL }))).toBe(true);
    expect(zlib.gunzipSync(streamed!.bytes).toString()).toBe(bodyA);
    // The streamed response's first part came before its end, 400 ms later.
    expect(streamed!.last - streamed!.first).toBeGreaterThan(300);
    expect(zlib.gunzipSync(flushed!.bytes).toString()).toBe(bodyA);
    expect(flushedAgain!.bytes.equals(flushed!.bytes)).toBe(true);
    // Three compressions: the first whole body, the streamed one and the first flushed one; the
    // second whole body and the second flushed one came from the cache. And two more at level 9: the
    // whole body and the flushed one, each sent again.
    expect(cached.made).toBe(5);
    // GZIP_CACHE_MB=0: zlib compresses every response, the same bytes, at level 1 every time.
    const off = run({ GZIP_CACHE_MB: '0' });
    expect(off.made).toBe(6);
    expect(Buffer.from(off.results[1]!.body, 'base64').equals(first!.bytes)).toBe(true);
    expect(Buffer.from(off.results[5]!.body, 'base64').equals(first!.bytes)).toBe(true);
    // GZIP_LEVEL=9: nothing to refine, the cache sends what zlib made at 9.
    const nine = run({ GZIP_LEVEL: '9' });
    expect(nine.made).toBe(3);
    expect(Buffer.from(nine.results[5]!.body, 'base64').equals(zlib.gzipSync(bodyA, { level: 9 }))).toBe(true);
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
