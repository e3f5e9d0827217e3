// One whole contentlayer2 generation (`node scripts/content-build.mjs`) in a child process, for the
// watcher (scripts/content-watch.mjs). Kept apart from the watcher, which loads contentlayer2
// (~3 s on one core): `content:build --watch` starts the first generation with this before it loads
// the watcher, so the two load side by side.
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const { GENERATED_LINE } = await tsImport('../lib/content/generation.ts', import.meta.url);
const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'content-build.mjs');

/**
 * Starts a whole generation. `log` gets each line it prints but its count line. `generated`
 * resolves with the count once the output is complete (the child then still saves the build's
 * cache), or null when it ended without one; `closed` resolves with its exit code.
 */
export function startGeneration({ configPath, verbose = false, log = console.log, cwd = process.cwd() } = {}) {
  const started = Date.now();
  const args = [script, ...(configPath ? ['--config', configPath] : []), ...(verbose ? ['--verbose'] : [])];
  const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  // It outlives its "Generated" line (it then saves the build's cache): it must not outlive this process.
  const stop = () => child.kill();
  process.once('exit', stop);
  child.once('close', () => process.off('exit', stop));
  let count = null;
  let reportCount;
  const generated = new Promise((resolve) => (reportCount = resolve));
  for (const stream of [child.stdout, child.stderr]) {
    readline.createInterface({ input: stream }).on('line', (line) => {
      const match = GENERATED_LINE.exec(line);
      if (match && count === null) {
        count = Number(match[1]);
        reportCount(count);
      } else log(line);
    });
  }
  const closed = new Promise((resolve) =>
    child.on('close', (code) => {
      reportCount(null);
      resolve(code ?? 1);
    }),
  );
  return { started, generated, closed };
}
