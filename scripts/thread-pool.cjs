// libuv's thread pool for `next start`, sized before anything uses it (libuv reads
// UV_THREADPOOL_SIZE once, when the pool starts): loaded first by scripts/start.cjs, CommonJS so
// that no asynchronous file read (an ES module's) starts the pool before it. Next compresses every
// response on this pool; with Node's default of 4 threads on a 2-core machine, the compression
// threads take the cores from the JavaScript thread that answers the requests. One thread fewer
// than the cores (at most the default 4): 1,000-post build, article at 64 connections, alternated
// pairs, 1 thread against 4: 825 / 965 / 815 against 701 / 728 / 698 req/s, p99 229 / 133 / 447
// against 856 / 737 / 849 ms (README, Performance). An UV_THREADPOOL_SIZE already set is kept.
const os = require('node:os');

/** The pool size for a machine with `cores` cores: one core left to the JavaScript thread, at most Node's default 4. */
function threadPoolSize(cores) {
  return Math.max(1, Math.min(4, cores - 1));
}

if (!process.env.UV_THREADPOOL_SIZE) process.env.UV_THREADPOOL_SIZE = String(threadPoolSize(os.availableParallelism()));

module.exports = { threadPoolSize };
