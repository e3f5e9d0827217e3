// The compressed bytes of the responses `next start` sends again and again, kept instead of made
// again per request: installed by scripts/start-preload.cjs, before Next, after the gzip level
// (scripts/gzip-level.cjs). Next's `compress` (the `compression` middleware in
// next/dist/compiled/compression) gzips every response anew: a prerendered article is the same
// 45 KB on every request, and compressing it was the largest cost of serving it that the bare blog
// does not share (README, Performance). nginx serves the static export's gzip made at build time
// (`gzip_static`); Next has no such switch, and a response that carries its own Content-Encoding is
// gzipped again (tried with proxy.ts, README). So the stream the middleware asks zlib for is this
// one. When a response's whole body comes in one `end(body)` (how Next sends a prerendered page and
// the not-found page: seen with a spy on zlib), and the same options compressed the same bytes
// before, it sends the bytes zlib made then. Anything else (a body in writes, a flush: a streamed
// page, a feed, an RSC payload) goes through zlib as it did, and streams as it did.
//
// The cache is exact: an entry is found by the body's length and a fingerprint of 512 of its bytes,
// then compared byte for byte (Buffer.equals: under a microsecond for an article, where hashing it
// whole takes ~25 µs and gzipping it ~150 µs). It holds at most GZIP_CACHE_MB megabytes of bodies
// and their gzip (default 32, the least recently sent go first; 0 turns it off), in this process only.
const { Readable } = require('node:stream');
const zlib = require('node:zlib');

const DEFAULT_MB = 32;

/** The cache's size in bytes that `value` (GZIP_CACHE_MB) asks for: unset or empty is the default; anything but a whole number of megabytes is refused. */
function cacheBytes(value) {
  if (value === undefined || value.trim() === '') return DEFAULT_MB * 1024 * 1024;
  if (!/^\s*\d{1,6}\s*$/.test(value)) {
    throw new Error(`GZIP_CACHE_MB is "${value}": it must be a whole number of megabytes (0 turns the cache of compressed responses off). Unset it for ${DEFAULT_MB}.`);
  }
  return Number(value) * 1024 * 1024;
}

/** FNV-1a over 512 bytes taken evenly across `input` (all of a shorter one): a cheap way to tell most bodies of one length apart. */
function fingerprint(input) {
  const samples = Math.min(512, input.length);
  let hash = 0x811c9dc5;
  for (let n = 0; n < samples; n++) hash = Math.imul(hash ^ input[Math.floor((n * input.length) / samples)], 0x01000193);
  return hash >>> 0;
}

/**
 * Bodies and their compressed bytes, by kind (gzip or deflate and the options), length and
 * fingerprint, least recently used first. An entry counts only when its body is the same byte for
 * byte; two bodies that share a key take turns in it.
 */
class CompressedCache {
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    /** @type {Map<string, { input: Buffer, output: Buffer }>} */
    this.entries = new Map();
  }

  static key(kind, input) {
    return `${kind}:${input.length}:${fingerprint(input)}`;
  }

  /** The compressed bytes of `input` made under `kind`, or undefined. */
  get(kind, input) {
    const key = CompressedCache.key(kind, input);
    const entry = this.entries.get(key);
    if (!entry?.input.equals(input)) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.output;
  }

  /** Keeps `output` as the compressed bytes of `input` under `kind` (a copy of `input`: the caller's buffer is not ours to keep). */
  set(kind, input, output) {
    const size = input.length + output.length;
    if (size > this.maxBytes / 8) return;
    const key = CompressedCache.key(kind, input);
    this.remove(key);
    this.entries.set(key, { input: Buffer.from(input), output });
    this.bytes += size;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldest);
    }
  }

  remove(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.input.length + entry.output.length;
  }
}

/**
 * A zlib factory (createGzip, createDeflate) whose streams answer a body given whole to `end` from
 * `cache`. The stream is a Readable with the writable methods the compression middleware calls
 * (write, end, flush; pause, resume and 'drain' for back-pressure), and `factory`'s own stream
 * behind it whenever zlib has to compress.
 */
function cachingFactory(factory, name, cache) {
  return (options) => {
    const kind = `${name}:${JSON.stringify(options ?? {})}`;
    let real = null;
    const stream = new Readable({
      read() {
        if (real?.isPaused()) real.resume();
      },
      destroy(error, callback) {
        real?.destroy();
        callback(error);
      },
    });
    const compressor = () => {
      if (!real) {
        real = factory(options);
        real.on('data', (chunk) => {
          if (!stream.push(chunk)) real.pause();
        });
        real.on('end', () => stream.push(null));
        real.on('error', (error) => stream.destroy(error));
        real.on('drain', () => stream.emit('drain'));
      }
      return real;
    };
    stream.write = (chunk, encoding, callback) => compressor().write(chunk, encoding, callback);
    stream.flush = (...args) => compressor().flush(...args);
    stream.end = (chunk, encoding, callback) => {
      if (typeof chunk === 'function') [chunk, encoding, callback] = [undefined, undefined, chunk];
      else if (typeof encoding === 'function') [encoding, callback] = [undefined, encoding];
      if (real || chunk === undefined || chunk === null) {
        compressor().end(chunk, encoding, callback);
        return stream;
      }
      const input = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding);
      const output = cache.get(kind, input);
      if (output) {
        setImmediate(() => {
          stream.push(output);
          stream.push(null);
          callback?.();
        });
        return stream;
      }
      const parts = [];
      compressor().on('data', (part) => parts.push(part));
      real.on('end', () => cache.set(kind, input, Buffer.concat(parts)));
      real.end(input, callback);
      return stream;
    };
    return stream;
  };
}

/** Makes zlib.createGzip and zlib.createDeflate (as they are now: the level already set) answer from one cache of `maxBytes`; 0 leaves them alone. */
function install(maxBytes) {
  if (maxBytes === 0) return null;
  const cache = new CompressedCache(maxBytes);
  for (const name of ['createGzip', 'createDeflate']) {
    const descriptor = Object.getOwnPropertyDescriptor(zlib, name);
    // Node's zlib exports are read-only properties: redefined, not assigned (scripts/gzip-level.cjs).
    Object.defineProperty(zlib, name, { ...descriptor, value: cachingFactory(descriptor.value, name, cache) });
  }
  return cache;
}

module.exports = { DEFAULT_MB, CompressedCache, cacheBytes, cachingFactory, install };
