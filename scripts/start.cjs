// `npm start [-- next start options]`: `next start`, in this process, after scripts/start-preload.cjs
// (libuv's thread pool sized for the machine, a cheaper gzip level). Options (-p, -H, …) go to next start.
try {
  require('./start-preload.cjs');
} catch (error) {
  // A setting it refuses (GZIP_LEVEL): its message, which names the variable and what to write, without a stack.
  console.error(`npm start: ${error.message}`);
  process.exit(1);
}

const nextBin = require.resolve('next/dist/bin/next');
process.argv = [process.argv[0], nextBin, 'start', ...process.argv.slice(2)];
require(nextBin);
