// How `next start` is started for the site where a script starts it itself (the e2e servers, the
// bench): as `npm start` runs it, scripts/start.cjs, which sets up the process first
// (scripts/start-preload.cjs).
import fs from 'node:fs';
import path from 'node:path';

const startScript = (dir) => path.join(dir, 'scripts', 'start.cjs');

/**
 * The arguments for node that serve the build in `dir` on 127.0.0.1:`port` as `npm start` does
 * there, or, for a project without scripts/start.cjs (the bench's bare blog), with Next's own bin
 * from `nextHome`'s node_modules.
 */
export function nextStartArgs(dir, port, nextHome = dir) {
  const options = ['-p', String(port), '-H', '127.0.0.1'];
  return fs.existsSync(startScript(dir)) ? [startScript(dir), ...options] : [path.join(nextHome, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', ...options];
}

/**
 * The NODE_OPTIONS flag that sets up `dir`'s server as `npm start` does (scripts/start-preload.cjs:
 * the pool's size, the gzip level) before an `--import` preload runs (which would start the pool
 * at Node's default size: a --require runs first), or '' where `npm start` sets up nothing.
 */
export function startPreload(dir) {
  const preload = path.join(dir, 'scripts', 'start-preload.cjs');
  return fs.existsSync(startScript(dir)) && fs.existsSync(preload) ? `--require ${preload}` : '';
}
