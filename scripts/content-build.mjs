// `npm run content:build`: contentlayer2's own build pipeline (load the config, generate
// .contentlayer/generated), run without its CLI. The CLI turns on effect-ts fiber tracing, and then
// every fork copies a trace buffer that grows with the number of documents: the build was
// quadratic (8,000 posts: half of 271 CPU seconds spent copying traces). Same output, linear.
import * as core from 'contentlayer2/core';
// contentlayer2 pins @contentlayer2/utils to its own version; its effect helpers are not re-exported.
import { pipe, T } from '@contentlayer2/utils/effect';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const configPath = args.includes('--config') ? args[args.indexOf('--config') + 1] : undefined;

const build = pipe(
  core.getConfig({ configPath }),
  T.chain((config) => core.generateDotpkg({ config, verbose })),
  T.tap(core.logGenerateInfo),
);

await pipe(build, core.runMain({ tracingServiceName: 'contentlayer-cli', verbose }));
