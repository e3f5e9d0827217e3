// The compressed bytes of the responses `next start` sends again and again, kept instead of made
// again per request: installed by scripts/start-preload.cjs, before Next, after the gzip level
// (scripts/gzip-level.cjs). Next's `compress` (the `compression` middleware in
// next/dist/compiled/compression) gzips every response anew: a prerendered article is the same
// 45 KB on every request, and compressing it was the largest cost of serving it that the bare blog
// does not share (README, Performance). nginx serves the static export's gzip made at build time
// (`gzip_static`); Next has no such switch, and a response that carries its own Content-Encoding is
// gzipped again (tried with proxy.ts, README). So the stream the middleware asks zlib for is this
// one. When a response comes in one of the two shapes Next sends whole (seen with a spy on zlib):
// writes then `end` (a prerendered page, the not-found page, a script or stylesheet), or writes, one
// flush and an empty `end` (an RSC payload, a navigation's or a prefetched segment's; a feed), and the same
// options compressed the same bytes before, it sends the bytes zlib made then. Anything else (a
// second flush, a write after a flush: a streamed page) goes to zlib as it did, and streams as it
// did.
//
// The cache is exact: an entry is found by the body's length and a fingerprint of 512 of its bytes,
// then compared byte for byte (Buffer.equals: under a microsecond for an article, where hashing it
// whole takes ~25 µs and gzipping it ~150 µs). It holds at most GZIP_CACHE_MB megabytes of bodies
// and their gzip (default 32, the least recently sent go first; 0 turns it off), in this process only.
//
// A body sent a second time, whole or flushed, is compressed once more at zlib's level 9, off the
// JavaScript thread and after that response: from then on the cache sends those bytes. Every response
// is compressed at the cheap level (scripts/gzip-level.cjs), but what the cache sends again costs the
// same at any level, and on the home page the level-1 bytes were 221.6 KB against 196.2 KB (README,
// Performance).
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
 * Bodies and their compressed bytes, by kind (gzip or deflate, the options, and whether the body
 * was flushed before its end), length and fingerprint, least recently used first. An entry counts
 * only when its body is the same byte for byte; two bodies that share a key take turns in it.
 */
class CompressedCache {
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    /** @type {Map<string, { input: Buffer, output: Buffer, split: number }>} */
    this.entries = new Map();
  }

  static key(kind, input) {
    return `${kind}:${input.length}:${fingerprint(input)}`;
  }

  /** The entry for `input` made under `kind` (its compressed bytes, and where a flush ended in them), or undefined. */
  get(kind, input) {
    const key = CompressedCache.key(kind, input);
    const entry = this.entries.get(key);
    if (!entry?.input.equals(input)) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /**
   * Keeps `output` as the compressed bytes of `input` under `kind`, `split` of them made by a flush
   * after the input (0: none). The cache keeps a copy of `input` (the caller's buffer is not ours to
   * keep) unless `owned` says the buffer is already the cache's.
   */
  set(kind, input, output, split = 0, owned = false) {
    const size = input.length + output.length;
    if (size > this.maxBytes / 8) return;
    const key = CompressedCache.key(kind, input);
    this.remove(key);
    this.entries.set(key, { input: owned ? input : Buffer.from(input), output, split });
    this.bytes += size;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldest);
    }
  }

  /**
   * Puts `output` (made at `level`, `split` of its bytes by the flush) in place of `entry`'s
   * compressed bytes while `entry` is still in the cache under `kind`.
   */
  replace(kind, entry, output, split = 0, level = undefined) {
    if (this.entries.get(CompressedCache.key(kind, entry.input)) !== entry) return false;
    this.bytes += output.length - entry.output.length;
    Object.assign(entry, { output, split, level });
    return true;
  }

  remove(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.input.length + entry.output.length;
  }
}

// What zlib ends a full or sync flush with (an empty stored block): the check that a recorded flush
// was cut in the right place before it is kept.
const FLUSH_MARK = Buffer.from([0, 0, 0xff, 0xff]);

/** Whether `output`'s first `split` bytes are what zlib sent by a flush: the rule for keeping a flushed entry. */
const endsAtFlush = (output, split) => split >= FLUSH_MARK.length && output.subarray(split - FLUSH_MARK.length, split).equals(FLUSH_MARK);

// The level a body sent again is compressed at (above).
const REFINE_LEVEL = 9;

/**
 * A zlib factory (createGzip, createDeflate) whose streams answer from `cache` the two shapes of
 * response Next sends whole: writes then `end` (a prerendered page in one `end(body)`, a static file
 * in writes), and writes, one flush, then an empty `end` (an RSC payload, a navigation's or a
 * prefetched segment's, and a feed: Next flushes after each chunk and closes the stream a turn or
 * two later). Until the shape is known the stream holds the
 * writes (at most an eighth of the cache: more goes to zlib at once). On a flush it sends at once
 * what zlib sent for the same flush before, so a response that goes on streaming after it loses no
 * time: a write that does not fit the shape hands the response to zlib, which is given what came
 * before and whose bytes up to the flush, already sent, are dropped (and checked to be the same).
 * An entry found again is refined to REFINE_LEVEL for the requests after (above), when `level`, the
 * level the factory compresses at unless a caller names one, is known and lower.
 * The stream is a Readable with the writable methods the compression middleware calls (write, end,
 * flush; pause, resume and 'drain' for back-pressure).
 */
function cachingFactory(factory, name, cache, { level = null } = {}) {
  const holdLimit = cache.maxBytes / 8;
  return (options) => {
    const kind = `${name}:${JSON.stringify(options ?? {})}`;
    const streamLevel = options?.level ?? level;
    // An entry found again: compressed anew at REFINE_LEVEL, once, by a stream of the same factory
    // (zlib works off the JavaScript thread), given the body whole or, for a flushed entry, flushed
    // the same way and cut where the flush ended, as a recorded entry is. Its bytes replace the
    // entry's if they are fewer. Not where the stream's own level is not known (null) or not lower.
    const refine = (entry, flushArgs = null) => {
      if (entry.refined || streamLevel === null || streamLevel >= REFINE_LEVEL) return;
      entry.refined = true;
      const again = factory({ ...options, level: REFINE_LEVEL });
      const made = [];
      let length = 0;
      let cut = 0;
      again.on('data', (chunk) => (made.push(chunk), (length += chunk.length)));
      again.on('error', () => {});
      again.on('end', () => {
        const output = Buffer.concat(made);
        if (output.length >= entry.output.length) return;
        if (!flushArgs) cache.replace(kind, entry, output);
        else if (endsAtFlush(output, cut)) cache.replace(flushedKind, entry, output, cut, REFINE_LEVEL);
      });
      if (!flushArgs) {
        again.end(entry.input);
        return;
      }
      again.write(entry.input);
      again.flush(...flushArgs, () => {
        cut = length + again.readableLength;
        again.end();
      });
    };
    // holding: writes kept until the shape is known; replaying: flushed, and sending an entry;
    // recording: flushed, zlib compressing, its bytes kept for an entry; live: zlib, nothing kept.
    let state = 'holding';
    let held = [];
    let heldBytes = 0;
    let body = null;
    // The flush's own arguments: its kind (Z_FULL_FLUSH when none) and its callback.
    let flushKind = [];
    let flushDone = null;
    let flushedKind = '';
    let entry = null;
    let pendingFirst = null;
    let real = null;
    let parts = null;
    let produced = 0;
    let split = 0;
    let pendingEnd = null;
    // Bytes of zlib's output already sent from an entry: compared, then dropped.
    let sent = null;
    let toDrop = 0;
    const stream = new Readable({
      read() {
        if (real?.isPaused()) real.resume();
      },
      destroy(error, callback) {
        if (pendingFirst) clearImmediate(pendingFirst);
        real?.destroy();
        callback(error);
      },
    });
    const compressor = (level = undefined) => {
      if (!real) {
        real = factory(level === undefined ? options : { ...options, level });
        real.on('data', (chunk) => {
          parts?.push(chunk);
          produced += chunk.length;
          if (toDrop > 0) {
            const n = Math.min(toDrop, chunk.length);
            const at = sent.length - toDrop;
            if (!chunk.subarray(0, n).equals(sent.subarray(at, at + n))) {
              stream.destroy(new Error('gzip-cache: zlib made other bytes for a flush than it made before; the response was cut'));
              return;
            }
            toDrop -= n;
            chunk = chunk.subarray(n);
            if (chunk.length === 0) return;
          }
          if (!stream.push(chunk)) real.pause();
        });
        real.on('end', () => stream.push(null));
        real.on('error', (error) => stream.destroy(error));
        real.on('drain', () => stream.emit('drain'));
      }
      return real;
    };
    const joined = () => (held.length === 1 ? held[0] : Buffer.concat(held, heldBytes));
    /** Hands the response to zlib: what was held, and the flush already answered, go to it first. */
    const goLive = () => {
      if (state === 'holding') {
        compressor();
        for (const chunk of held) real.write(chunk);
      } else if (state === 'replaying') {
        if (pendingFirst) {
          clearImmediate(pendingFirst);
          pendingFirst = null;
          sendFirst();
        }
        sent = entry.output.subarray(0, entry.split);
        toDrop = sent.length;
        // At the level the entry's bytes were made at: a refined entry's are level 9's.
        compressor(entry.level).write(body);
        real.flush(...flushKind);
      }
      state = 'live';
      held = body = entry = parts = null;
    };
    const sendFirst = () => {
      stream.push(entry.output.subarray(0, entry.split));
      flushDone?.();
    };
    /** Sends `bytes` as the rest of the response and ends it, on the next turn of the event loop (not at once: README, Design). */
    const sendLast = (bytes, callback) =>
      setImmediate(() => {
        stream.push(bytes);
        stream.push(null);
        callback?.();
      });
    stream.write = (chunk, encoding, callback) => {
      if (typeof encoding === 'function') [encoding, callback] = [undefined, encoding];
      if (state === 'live') return real.write(chunk, encoding, callback);
      const input = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding);
      if (state === 'holding' && heldBytes + input.length <= holdLimit) {
        // A copy: the caller may reuse its buffer once the write is done, and this one lasts until the end.
        if (input.length > 0) held.push(Buffer.from(input));
        heldBytes += input.length;
        if (callback) process.nextTick(callback);
        return true;
      }
      if (state !== 'holding' && input.length === 0) {
        if (callback) process.nextTick(callback);
        return true;
      }
      goLive();
      return real.write(input, callback);
    };
    stream.flush = (...args) => {
      if (state !== 'holding' || heldBytes === 0) {
        goLive();
        return real.flush(...args);
      }
      body = joined();
      held = null;
      flushKind = args.filter((arg) => typeof arg !== 'function');
      flushDone = args.find((arg) => typeof arg === 'function') ?? null;
      // The flush's own kind is part of the key.
      flushedKind = `${kind}:flushed:${flushKind.join()}`;
      const found = cache.get(flushedKind, body);
      if (found) {
        // This response's own copy of the entry's bytes and cut, so that it sends one recording
        // whatever a refinement replaces meanwhile. (Mixed, they would still decode: after a full
        // flush and an empty end, what is left is the same at every level.)
        entry = { output: found.output, split: found.split, level: found.level, found };
        state = 'replaying';
        pendingFirst = setImmediate(() => {
          pendingFirst = null;
          sendFirst();
        });
        return undefined;
      }
      state = 'recording';
      parts = [];
      compressor().write(body);
      // zlib pushes a flush's bytes before it calls back: what it made so far is what was read and
      // what waits to be. Until then the end waits (below): zlib turns a flush into the finish when
      // the end is already there, and the bytes would depend on when the end came.
      return real.flush(...flushKind, () => {
        split = produced + real.readableLength;
        const end = pendingEnd;
        pendingEnd = null;
        end?.();
        flushDone?.();
      });
    };
    stream.end = (chunk, encoding, callback) => {
      if (typeof chunk === 'function') [chunk, encoding, callback] = [undefined, undefined, chunk];
      else if (typeof encoding === 'function') [encoding, callback] = [undefined, encoding];
      const input = chunk === undefined || chunk === null ? Buffer.alloc(0) : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, encoding);
      if (state === 'replaying' && input.length === 0) {
        sendLast(entry.output.subarray(entry.split), callback);
        refine(entry.found, flushKind);
        return stream;
      }
      if (state === 'recording' && input.length === 0) {
        const key = body;
        const recorded = parts;
        real.on('end', () => {
          const output = Buffer.concat(recorded);
          if (state === 'recording' && endsAtFlush(output, split)) {
            cache.set(flushedKind, key, output, split, true);
          }
        });
        if (split > 0) real.end(callback);
        else pendingEnd = () => real.end(callback);
        return stream;
      }
      if (state !== 'holding' || heldBytes + input.length === 0 || heldBytes + input.length > holdLimit) {
        goLive();
        real.end(input.length > 0 ? input : undefined, callback);
        return stream;
      }
      if (input.length > 0) held.push(input);
      heldBytes += input.length;
      const whole = joined();
      held = null;
      const found = cache.get(kind, whole);
      if (found) {
        sendLast(found.output, callback);
        refine(found);
        return stream;
      }
      state = 'live';
      parts = [];
      const recorded = parts;
      // A body made of held writes is already a copy of the cache's own.
      compressor().on('end', () => cache.set(kind, whole, Buffer.concat(recorded), 0, whole !== input));
      real.end(whole, callback);
      return stream;
    };
    return stream;
  };
}

/**
 * Makes zlib.createGzip and zlib.createDeflate (as they are now: `level`, the default level
 * scripts/gzip-level.cjs set, or null when unknown) answer from one cache of `maxBytes`; 0 leaves them alone.
 */
function install(maxBytes, level = null) {
  if (maxBytes === 0) return null;
  const cache = new CompressedCache(maxBytes);
  for (const name of ['createGzip', 'createDeflate']) {
    const descriptor = Object.getOwnPropertyDescriptor(zlib, name);
    // Node's zlib exports are read-only properties: redefined, not assigned (scripts/gzip-level.cjs).
    Object.defineProperty(zlib, name, { ...descriptor, value: cachingFactory(descriptor.value, name, cache, { level }) });
  }
  return cache;
}

module.exports = { DEFAULT_MB, REFINE_LEVEL, CompressedCache, cacheBytes, cachingFactory, install };
