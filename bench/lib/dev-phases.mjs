// Where `npm run dev`'s first page went (npm run bench -- --dev / --dev-cold): each line of its
// log stamped with the seconds since it started, as the bench saw it appear, and the stages read
// from them. The log's own figures (the documents' time, Next's breakdown of the first request)
// are taken as written.

/**
 * Reads a growing log from where the last call stopped (`readFrom(offset)`: its bytes from there);
 * each new whole line stamped with `now()` (seconds). Lines are cut at bytes, so a write that ends
 * inside a character ("✓") is read whole with the next one.
 */
export function logStamper(readFrom, now) {
  let offset = 0;
  let partial = Buffer.alloc(0);
  const entries = [];
  return {
    entries,
    poll() {
      const chunk = readFrom(offset);
      if (chunk.length === 0) return;
      offset += chunk.length;
      let bytes = Buffer.concat([partial, chunk]);
      const atS = now();
      for (let end = bytes.indexOf(10); end >= 0; end = bytes.indexOf(10)) {
        entries.push({ atS, line: bytes.subarray(0, end).toString('utf8') });
        bytes = bytes.subarray(end + 1);
      }
      partial = bytes;
    },
  };
}

const STAGES = {
  /** scripts/content-prefill.mjs: the documents made in one process per core. */
  documentsMadeS: /contentlayer2's documents made in parallel: /,
  /** contentlayer2's generation written (scripts/content-build.mjs prints its line). */
  generatedS: /^\[contentlayer2\] Generated \d+ documents? in/,
  /** next dev listening. */
  nextReadyS: /✓ Ready in /,
  /** next dev compiling the first route. */
  compileStartS: /○ Compiling /,
};

const escapeRegExp = (text) => text.replace(/[.*+?^$|()[\]{}\\]/g, '\\$&');
const ms = (value, unit) => Math.round(Number(value) * (unit === 's' ? 1000 : 1));

/**
 * The stages of a dev start from its stamped log lines: when each first appeared (null if never),
 * and the first `GET <path> 200` line's figures: its total and Next's parts ("next.js",
 * "generate-params", "application-code", "compile", … as Next names them), in ms.
 */
export function devPhases(entries, path) {
  const phases = Object.fromEntries(Object.entries(STAGES).map(([key, re]) => [key, entries.find((e) => re.test(e.line))?.atS ?? null]));
  const made = entries.map((e) => /documents made in parallel: (\d+) in (\d+) ms/.exec(e.line)).find(Boolean);
  const get = new RegExp(`GET ${escapeRegExp(path)}(?:\\?\\S*)? 200 in ([\\d.]+)(ms|s)(?: \\(([^)]*)\\))?`);
  const request = entries.map((e) => get.exec(e.line)).find(Boolean);
  const parts = request?.[3]
    ? Object.fromEntries([...request[3].matchAll(/([\w.-]+): ([\d.]+)(ms|s)/g)].map(([, name, value, unit]) => [name, ms(value, unit)]))
    : {};
  return {
    ...phases,
    documents: made ? { count: Number(made[1]), ms: Number(made[2]) } : null,
    firstRequest: request ? { ms: ms(request[1], request[2]), parts } : null,
  };
}

const at = (s) => (s === null ? '–' : `${s} s`);

/** One line for the console: when each stage of the dev start was seen, and Next's parts of the first request. */
export function devPhasesLine(p) {
  const made = p.documents ? ` (${p.documents.count} in ${(p.documents.ms / 1000).toFixed(1)} s, as the log says)` : '';
  const parts = p.firstRequest ? Object.entries(p.firstRequest.parts).map(([name, value]) => `${name} ${value} ms`).join(', ') : '';
  const request = p.firstRequest ? `; the first request ${p.firstRequest.ms} ms${parts ? ` (${parts})` : ''}` : '';
  return `documents made at ${at(p.documentsMadeS)}${made}, written at ${at(p.generatedS)}, next dev ready at ${at(p.nextReadyS)}, compiling from ${at(p.compileStartS)}${request}`;
}
