// `npm run content:build`: contentlayer2's own build pipeline (load the config, generate
// .contentlayer/generated), run without its CLI. The CLI turns on effect-ts fiber tracing, and then
// every fork copies a trace buffer that grows with the number of documents: the build was
// quadratic (8,000 posts: half of 271 CPU seconds spent copying traces). Same output, linear.
// `--watch` is the CLI's `contentlayer2 dev` pipeline the same way: `npm run dev` runs it.
import * as core from 'contentlayer2/core';
// contentlayer2 pins @contentlayer2/utils to its own version; its effect helpers are not re-exported.
import { errorToString } from '@contentlayer2/utils';
import { E, pipe, S, T } from '@contentlayer2/utils/effect';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const configPath = args.includes('--config') ? args[args.indexOf('--config') + 1] : undefined;

const build = pipe(
  core.getConfig({ configPath }),
  T.chain((config) => core.generateDotpkg({ config, verbose })),
  T.tap(core.logGenerateInfo),
);

// As contentlayer2's DevCommand: regenerate on every change to the content or the config; an error
// is printed ("Error: …") and the last good output stays.
const watch = pipe(
  core.getConfigWatch({ configPath }),
  S.tapSkipFirstRight(() => T.log('Contentlayer config change detected. Updating type definitions and data...')),
  S.chainSwitchMapEitherRight((config) => core.generateDotpkgStream({ config, verbose, isDev: true })),
  S.tap(E.fold((error) => T.log(errorToString(error)), core.logGenerateInfo)),
  S.runDrain,
);

await pipe(args.includes('--watch') ? watch : build, core.runMain({ tracingServiceName: 'contentlayer-cli', verbose }));
