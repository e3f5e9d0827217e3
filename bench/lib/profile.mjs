// `npm run bench -- --profile`: where next start spends its CPU on one article, for the site and the
// bare blog under the same load. The server runs with bench/lib/cpu-profile.mjs preloaded; the
// profile of the measured seconds is kept beside the build (open it in Chromium's DevTools) and
// summarised here as microseconds of CPU per request, by what the stack was doing.
import fs from 'node:fs';
import path from 'node:path';

/** The proxy's (middleware's) chunk files: Next's adapter and proxy.ts run from these. */
function proxyChunks(dir) {
  const entry = path.join(dir, '.next', 'server', 'middleware.js');
  if (!fs.existsSync(entry)) return [];
  // Chunks are named per folder (chunks/ vs chunks/ssr/ each have a [turbopack]_runtime.js): match the whole path.
  return [...fs.readFileSync(entry, 'utf8').matchAll(/(chunks\/[^"']+\.js)/g)].map((m) => `/.next/server/${m[1]}`);
}

/**
 * Next's ETag of a prerendered page: an FNV-1a hash computed in JavaScript over the whole HTML on
 * every request (its offset basis 8997/33826/40164/52210 in 16-bit parts). Found by its source.
 */
function isEtagHash(frame, sources) {
  if (!frame.url.startsWith('file://') || !frame.url.includes('/.next/')) return false;
  const file = frame.url.replace(/^file:\/\//, '').replace(/\?.*$/, '');
  if (!sources.has(file)) sources.set(file, fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : []);
  const line = sources.get(file)[frame.lineNumber] ?? '';
  return /^[^{]*\{let \w=\w\.length,\w=0,\w=0,\w=8997/.test(line.slice(frame.columnNumber, frame.columnNumber + 60));
}

export const SERVE_BUCKETS = [
  ['proxy (Next adapter + proxy.ts)', (f, ctx) => ctx.proxy.some((c) => f.url.endsWith(c))],
  ['gzip (compression + zlib)', (f) => f.url.includes('compiled/compression') || f.url === 'node:zlib'],
  ['ETag hash over the HTML', (f, ctx) => isEtagHash(f, ctx.sources)],
  // Next keeps a prerendered page as a string and sends it with res.end(string): every request
  // measures its UTF-8 length (Content-Length) and copies it into bytes (compression's toBuffer).
  ['HTML string to bytes (Buffer.from, byteLength)', (f) => f.url === 'node:buffer' && (f.functionName === 'from' || f.functionName === 'byteLength')],
  ['socket writes', (f) => f.functionName === 'writev' || f.functionName === 'writeBuffer' || f.functionName === 'writeLatin1String' || f.functionName === 'writeUtf8String'],
  ['garbage collection', (f) => f.functionName === '(garbage collector)'],
  ['idle', (f) => f.functionName === '(idle)'],
];

/**
 * Summarises a .cpuprofile of `requests` requests (or other units of work: bench/content-profile.mjs
 * passes documents): µs of CPU per request in each bucket (a stack is counted in every bucket one of
 * its frames falls in), busy µs per request, and the top functions by self time. `buckets`:
 * [name, (callFrame, ctx) => boolean] pairs, next start's by default; one named idle is left out
 * of the busy time.
 */
export function summariseProfile(file, { dir, requests, buckets = SERVE_BUCKETS }) {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const counts = new Map();
  for (const s of profile.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
  const total = profile.samples.length;
  const usPerSample = (profile.endTime - profile.startTime) / total;
  const ctx = { proxy: proxyChunks(dir), sources: new Map() };
  const bucketSamples = Object.fromEntries(buckets.map(([name]) => [name, 0]));
  const self = new Map();
  const selfByPackage = new Map();
  const memo = new Map();
  const inBucket = (node, test) => {
    const key = `${node.id}:${test}`;
    if (!memo.has(key)) memo.set(key, buckets[test][1](node.callFrame, ctx) || (parent.has(node.id) && inBucket(byId.get(parent.get(node.id)), test)));
    return memo.get(key);
  };
  for (const [id, count] of counts) {
    const node = byId.get(id);
    buckets.forEach(([name], i) => {
      if (inBucket(node, i)) bucketSamples[name] += count;
    });
    const f = node.callFrame;
    const where = f.url ? `${f.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/\.next\//, '.next/')}:${f.lineNumber + 1}:${f.columnNumber + 1}` : '';
    const key = `${f.functionName || '(anonymous)'} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + count);
    selfByPackage.set(packageOf(f), (selfByPackage.get(packageOf(f)) ?? 0) + count);
  }
  const perRequest = (samples) => Math.round((samples * usPerSample) / requests);
  const busy = total - (bucketSamples.idle ?? 0);
  return {
    requests,
    seconds: Math.round((profile.endTime - profile.startTime) / 1e5) / 10,
    busyUsPerRequest: perRequest(busy),
    usPerRequest: Object.fromEntries(Object.entries(bucketSamples).map(([name, n]) => [name, perRequest(n)])),
    topSelf: [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([fn, n]) => ({ fn, usPerRequest: perRequest(n), share: Math.round((1000 * n) / total) / 10 })),
    topPackages: [...selfByPackage]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([name, n]) => ({ package: name, usPerRequest: perRequest(n), share: Math.round((1000 * n) / total) / 10 })),
  };
}

/** Where a frame's code comes from: its npm package, a Node built-in, V8 itself (GC, idle, …), or `code`. */
function packageOf(frame) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(frame.url);
  if (pkg) return pkg[1];
  if (frame.url.startsWith('node:')) return 'node: built-ins';
  if (!frame.url) return frame.functionName.startsWith('(') ? frame.functionName : 'V8 built-ins';
  return 'code';
}
