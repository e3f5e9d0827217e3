// What `npm start` sets up in its process before Next loads (scripts/start.cjs requires it first;
// the bench's --profile preloads it with --require, scripts/next-start.mjs): libuv's thread pool
// sized for the machine, the gzip level of Next's compression, and the cache of the bytes it
// compressed. CommonJS, and first, on purpose (scripts/thread-pool.cjs).
require('./thread-pool.cjs');
const { level } = require('./gzip-level.cjs');
const { cacheBytes, install } = require('./gzip-cache.cjs');

install(cacheBytes(process.env.GZIP_CACHE_MB), level);
