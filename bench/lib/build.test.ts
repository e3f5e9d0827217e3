import { describe, expect, it } from 'vitest';
import { cpuByKind } from './build.mjs';

// The processes of one `node scripts/next-build.mjs` at 1,000 posts, as measured() listed them
// (bench/work/1000, 2026-12-06): command lines as /proc gave them, the copy's path shortened to /w;
// CPU in ms.
const NEXT_BUILD_STEP = [
  [20320, '/usr/bin/node /w/node_modules/next/dist/compiled/jest-worker/processChild.js'],
  [19630, '/usr/bin/node /w/node_modules/next/dist/compiled/jest-worker/processChild.js'],
  [16190, '/usr/bin/node --require /w/node_modules/tsx/dist/preflight.cjs --import file:///w/node_modules/tsx/dist/loader.mjs /w/scripts/cards-build.ts --part 1 --parts 2'],
  [15890, '/usr/bin/node --require /w/node_modules/tsx/dist/preflight.cjs --import file:///w/node_modules/tsx/dist/loader.mjs scripts/cards-build.ts'],
  [5500, 'next-build (v16.4.6)'],
  [4620, '/usr/bin/node /w/node_modules/typescript/bin/tsc --project /w/tsconfig.build.json --noEmit --declarationMap false --emitDeclarationOnly false --tsBuildInfoFile /w/.next/cache/.tsbuildinfo'],
  [780, 'node /w/.next/build/chunks/pool_entry-[turbopack-node]_transforms_postcss_ts_0tp-k2vy8nj6i._.js 33603'],
  [190, '/usr/bin/node /w/node_modules/typescript/bin/tsc --showConfig --project /w/tsconfig.build.json --pretty false'],
  [140, 'node /w/node_modules/.bin/tsx scripts/cards-build.ts'],
  [70, 'node scripts/next-build.mjs'],
  [0, 'bash -c node scripts/next-build.mjs'],
].map(([cpuMs, command]) => ({ cpuMs: cpuMs as number, command: command as string }));

describe('cpuByKind', () => {
  it("splits the next-build step's CPU into the cards, next build's own processes and the rest", () => {
    expect(cpuByKind(NEXT_BUILD_STEP)).toEqual({
      'prerender workers': 40,
      'social cards': 32.2,
      'next build (compile, main process)': 5.5,
      'type check': 4.8,
      'Tailwind (PostCSS)': 0.8,
      other: 0.1,
    });
  });

  it('loses no CPU: the kinds add up to the whole', () => {
    const total = NEXT_BUILD_STEP.reduce((sum, p) => sum + p.cpuMs, 0) / 1000;
    const kinds = Object.values(cpuByKind(NEXT_BUILD_STEP)).reduce((sum, s) => sum + s, 0);
    expect(kinds).toBeCloseTo(total, 0);
  });

  it('names the other steps of npm run build and of the bare blog', () => {
    const kinds = (command: string) => Object.keys(cpuByKind([{ command, cpuMs: 1000 }]));
    expect(kinds('node scripts/content-build.mjs')).toEqual(['contentlayer2']);
    expect(kinds('/usr/bin/node --max-semi-space-size=64 /w/scripts/content-prefill.mjs /tmp/files-0.json /tmp/items-0.json')).toEqual(['contentlayer2']);
    expect(kinds('node /w/node_modules/.bin/contentlayer2 build')).toEqual(['contentlayer2']);
    expect(kinds('/w/node_modules/@pagefind/linux-x64/bin/pagefind_extended --service')).toEqual(['Pagefind']);
    expect(kinds('/w/node_modules/@esbuild/linux-x64/bin/esbuild --service=0.28.2 --ping')).toEqual(['esbuild']);
    expect(kinds('node /w/node_modules/.bin/next build')).toEqual(['next build (compile, main process)']);
    expect(kinds('npm run cms:build')).toEqual(['other']);
  });
});
