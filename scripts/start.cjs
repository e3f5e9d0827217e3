// `npm start [-- next start options]`: `next start`, in this process, with libuv's thread pool
// sized for the machine first (scripts/thread-pool.cjs). Options (-p, -H, …) go to next start.
require('./thread-pool.cjs');

const nextBin = require.resolve('next/dist/bin/next');
process.argv = [process.argv[0], nextBin, 'start', ...process.argv.slice(2)];
require(nextBin);
