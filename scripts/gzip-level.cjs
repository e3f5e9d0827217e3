// zlib's level for the responses `next start` compresses: loaded by scripts/start-preload.cjs,
// before Next. Next's `compress` (the `compression` middleware in next/dist/compiled/compression)
// makes one zlib.createGzip({}) (or createDeflate) per response and has no option for its level,
// so zlib's default, 6, applies. On the article (49.5 KB) level 6 costs 643–676 µs of CPU and
// gives 9,668 bytes; level 1, 288–301 µs and 11,324 bytes (`node bench/gzip.mjs`-style loop,
// README, Performance). On two cores compressing is what limits next start, so the default here is
// 1, the level nginx compresses at unless told otherwise (`gzip_comp_level`). GZIP_LEVEL (0–9)
// sets another.
//
// Node's zlib exports are read-only properties, so the two factories are redefined, not assigned.
// A call that names a level keeps it; only the default changes, in this process only.
const zlib = require('node:zlib');

const DEFAULT_LEVEL = 1;

/** The level `value` (GZIP_LEVEL) asks for: unset or empty is the default; anything but 0–9 is refused. */
function gzipLevel(value) {
  if (value === undefined || value.trim() === '') return DEFAULT_LEVEL;
  if (!/^\s*\d\s*$/.test(value)) {
    throw new Error(`GZIP_LEVEL is "${value}": it must be one of zlib's levels, a whole number from 0 (no compression) to 9 (smallest). Unset it for ${DEFAULT_LEVEL}.`);
  }
  return Number(value);
}

/** Makes zlib.createGzip and zlib.createDeflate use `level` when their caller names none. */
function setDefaultLevel(level) {
  for (const name of ['createGzip', 'createDeflate']) {
    const descriptor = Object.getOwnPropertyDescriptor(zlib, name);
    const original = descriptor.value;
    Object.defineProperty(zlib, name, {
      ...descriptor,
      value: (options) => original(options?.level === undefined ? { ...options, level } : options),
    });
  }
}

/** The level this process compresses at when a caller names none. */
const level = gzipLevel(process.env.GZIP_LEVEL);
setDefaultLevel(level);

module.exports = { DEFAULT_LEVEL, gzipLevel, level };
