// `npm run build`'s next build step: `next build`, and beside it `npm run cards:build`
// (scripts/cards-build.ts), which draws the social cards into .next/cache/og-cards. The cards fill
// the cores while Next compiles and while its prerender workers wait: from an empty .next, at 1,000
// posts, this step took 47.9 and 49.1 s against 56.0 and 49.8 s one after the other, and 52.4 and
// 50.0 s for next build with the cards as its routes (alternated runs). A static
// export prerenders every post's card itself, so there the cards are drawn first: beside it, both
// would draw the same cards.
import { spawn } from 'node:child_process';
import path from 'node:path';

const bin = (name) => path.join(process.cwd(), 'node_modules', '.bin', name);

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`next-build: cannot run ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const cards = () => run(bin('tsx'), ['scripts/cards-build.ts']);
const next = () => run(bin('next'), ['build']);

let codes;
if (process.env.NEXT_OUTPUT === 'export') {
  const first = await cards();
  codes = [first, first === 0 ? await next() : 0];
} else {
  codes = await Promise.all([cards(), next()]);
}
const failed = codes.find((code) => code !== 0);
if (failed !== undefined) {
  console.error(`next-build: ${codes[0] !== 0 ? 'the social cards step (npm run cards:build)' : 'next build'} failed (exit ${failed}).`);
  process.exit(failed);
}
