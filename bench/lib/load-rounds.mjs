// The article's load on the site and on the bare blog, measured in alternated rounds: this
// machine's speed drifts by up to 1.5× within minutes, so one 10-second sample of each, one after
// the other, can be a ratio of two machine speeds (the same 1,000-post builds, one sample each:
// 1,982 against 2,097 req/s in one run, 1,602 against 1,687 in the next). Each figure is then the
// median of its rounds, and the rounds are kept.

/** The order of `targets` in round `round` (from 0): as given, then reversed, and so on. */
export function roundOrder(targets, round) {
  return round % 2 ? [...targets].reverse() : [...targets];
}

const median = (values) => {
  const v = values.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : Math.round(((v[mid - 1] + v[mid]) / 2) * 100) / 100;
};

/**
 * One load figure from the rounds' results (bench/lib/web.mjs `load`): each measure the median of
 * its rounds (so req/s and p99 may come from different rounds), requests and errors summed, and
 * `rounds`: each round's req/s, p99 and server CPU a request.
 */
export function medianLoad(runs) {
  const [first] = runs;
  const sum = (key) => runs.reduce((total, r) => total + (r[key] ?? 0), 0);
  return {
    tool: first.tool,
    connections: first.connections,
    seconds: first.seconds,
    rps: median(runs.map((r) => r.rps)),
    p50Ms: median(runs.map((r) => r.p50Ms)),
    p99Ms: median(runs.map((r) => r.p99Ms)),
    serverCpuUsPerRequest: median(runs.map((r) => r.serverCpuUsPerRequest)),
    requests: sum('requests'),
    errors: sum('errors'),
    rounds: runs.map(({ rps, p99Ms, serverCpuUsPerRequest }) => ({ rps, p99Ms, serverCpuUsPerRequest })),
  };
}

/**
 * Runs `measure(target)` for every target, `rounds` times, in alternated order; returns the
 * medianLoad of each target's runs, by its `key`.
 */
export function loadRounds(targets, rounds, measure, log = () => {}) {
  const runs = Object.fromEntries(targets.map((t) => [t.key, []]));
  for (let round = 0; round < rounds; round++) {
    for (const target of roundOrder(targets, round)) {
      const r = measure(target);
      runs[target.key].push(r);
      log(`round ${round + 1}/${rounds}, ${target.key}: ${r.rps} req/s, p99 ${r.p99Ms} ms${r.serverCpuUsPerRequest ? `, server CPU ${r.serverCpuUsPerRequest} µs a request` : ''}`);
    }
  }
  return Object.fromEntries(Object.entries(runs).map(([key, list]) => [key, medianLoad(list)]));
}
