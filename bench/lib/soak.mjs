// The soak step of `npm run bench`: a server under steady load for minutes, over a mix of every
// kind of URL, with its memory sampled. Node's own HTTP client (not wrk) so that each response is
// checked against the status its URL must answer; the client shares the 2 cores with the server.
import http from 'node:http';
import { treeRssMB } from './measure.mjs';
import { fetchRetry } from './web.mjs';

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : null);
const round = (v) => Math.round(v * 10) / 10;

/** The URLs of the soak and the status each must answer: pages of every kind, feeds, cards, a few 404s. */
export function soakTargets({ article, articles = [], category, author }) {
  const ok = [
    '/', '/blog', '/blog/page/2', article, ...articles, category, `${category}/page/2`, author, '/blog/category', '/blog/author', '/search',
    '/rss.xml', '/atom.xml', '/feed.json', `${category}/rss.xml`, `${author}/feed.json`, '/sitemap.xml', '/robots.txt',
    '/opengraph-image', `${article}/opengraph-image`, `${category}/opengraph-image`,
  ].map((path) => ({ path, status: 200 }));
  const missing = ['/blog/no-such-post', '/blog/page/99999', '/blog/category/no-such-category'].map((path) => ({ path, status: 404 }));
  return [...ok, ...missing];
}

/**
 * Fails when memory keeps growing after warm-up: over the samples after `warmupS`, the median of
 * the last third is above the median of the first third by more than 10% and 16 MB.
 */
export function memoryVerdict(samples, warmupS) {
  const after = samples.filter((s) => s.atS >= warmupS).map((s) => s.rssMB);
  if (after.length < 6) return { growing: false, firstMB: null, lastMB: null, note: 'too few samples after warm-up to judge' };
  const third = Math.floor(after.length / 3);
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const firstMB = median(after.slice(0, third));
  const lastMB = median(after.slice(-third));
  const growing = lastMB - firstMB > Math.max(16, firstMB * 0.1);
  return { growing, firstMB, lastMB, note: growing ? `RSS grew from ${firstMB} to ${lastMB} MB after warm-up` : 'flat after warm-up' };
}

/**
 * `connections` keep-alive connections, each sending the next URL of the mix as soon as the last
 * answered, for `seconds`; RSS of `serverPid`'s tree every 10 s. Resolves with per-minute figures.
 */
export async function soak({ baseUrl, serverPid, targets, seconds = 300, connections = 64, warmupS = 60, onMinute = () => {} }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const minutes = [];
  const unexpected = new Map();
  const samples = [];
  const byPath = new Map();
  let next = 0;
  const lastMinute = Math.ceil(seconds / 60) - 1;
  const bucket = (atMs) => {
    // Requests still in flight at the deadline count in the last minute.
    const i = Math.min(lastMinute, Math.floor((atMs - started) / 60_000));
    minutes[i] ??= { minute: i + 1, requests: 0, errors: 0, notFound: 0, latencies: [] };
    return minutes[i];
  };
  const sample = () => samples.push({ atS: Math.round((performance.now() - started) / 1000), rssMB: treeRssMB(serverPid) });
  sample();
  const sampler = setInterval(sample, 10_000);
  let reported = 0;
  const request = (target) =>
    new Promise((resolve) => {
      const t0 = performance.now();
      const done = (status) => {
        const t1 = performance.now();
        const b = bucket(t1);
        b.requests++;
        b.latencies.push(t1 - t0);
        if (!byPath.has(target.path)) byPath.set(target.path, []);
        byPath.get(target.path).push(t1 - t0);
        if (status === 404 && target.status === 404) b.notFound++;
        if (status !== target.status) {
          b.errors++;
          const key = `${status} ${target.path}`;
          unexpected.set(key, (unexpected.get(key) ?? 0) + 1);
        }
        resolve();
      };
      const req = http.get(`${baseUrl}${target.path}`, { agent, headers: { 'accept-encoding': 'gzip' } }, (res) => {
        res.on('data', () => {});
        res.on('end', () => done(res.statusCode));
        res.on('error', () => done('response error'));
      });
      req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
      req.on('error', (e) => done(e.message));
    });
  const worker = async () => {
    while (performance.now() < deadline) {
      await request(targets[next++ % targets.length]);
      const minute = Math.floor((performance.now() - started) / 60_000);
      // The last minute is printed once its requests in flight at the deadline have answered.
      if (minute > reported && minute <= lastMinute) {
        reported = minute;
        onMinute(summarise(minutes[minute - 1]));
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  clearInterval(sampler);
  sample();
  agent.destroy();
  const perMinute = minutes.filter(Boolean).map(summarise);
  if (perMinute.length > reported) onMinute(perMinute.at(-1));
  const total = perMinute.reduce((s, m) => ({ requests: s.requests + m.requests, errors: s.errors + m.errors, notFound: s.notFound + m.notFound }), { requests: 0, errors: 0, notFound: 0 });
  const memory = memoryVerdict(samples, warmupS);
  return {
    connections,
    seconds,
    urls: targets.length,
    ...total,
    rps: Math.round(total.requests / seconds),
    unexpected: Object.fromEntries(unexpected),
    perMinute,
    byUrl: summariseUrls(byPath),
    rss: { startMB: samples[0]?.rssMB ?? null, endMB: samples.at(-1)?.rssMB ?? null, peakMB: Math.max(...samples.map((s) => s.rssMB)), samples },
    memory,
    pass: total.errors === 0 && !memory.growing,
  };
}

/**
 * Each URL's share of the soak, slowest p99 first: which responses make the tail of the mix. Its p99
 * includes the wait behind other responses, as every soak latency does (the server is full at 64
 * connections), so a URL that costs more than the rest shows as a longer p50 too.
 */
export function summariseUrls(byPath) {
  return [...byPath]
    .map(([path, latencies]) => {
      const sorted = Float64Array.from(latencies).sort();
      const total = latencies.reduce((s, v) => s + v, 0);
      return { path, requests: latencies.length, p50Ms: round(percentile(sorted, 50)), p99Ms: round(percentile(sorted, 99)), meanMs: round(total / latencies.length), maxMs: round(sorted[sorted.length - 1]) };
    })
    .sort((a, b) => b.p99Ms - a.p99Ms);
}

function summarise(m) {
  const sorted = Float64Array.from(m.latencies).sort();
  return { minute: m.minute, requests: m.requests, errors: m.errors, notFound: m.notFound, p50Ms: round(percentile(sorted, 50)), p99Ms: round(percentile(sorted, 99)) };
}

/** Finds an article, a category and an author with a second page on the running site, then soaks it. */
export async function runSoak({ baseUrl, serverPid, seconds, connections }) {
  const links = async (p, re) => [...(await (await fetchRetry(`${baseUrl}${p}`)).text()).matchAll(re)].map((m) => m[1]);
  const articles = [...new Set(await links('/blog', /href="(\/blog\/(?!page\/|category|author)[^"/]+)"/g))];
  const categories = await links('/blog/category', /href="(\/blog\/category\/[^"/]+)"/g);
  const authors = await links('/blog/author', /href="(\/blog\/author\/[^"/]+)"/g);
  const withPage2 = async (list) => {
    for (const p of list) if ((await fetchRetry(`${baseUrl}${p}/page/2`)).status === 200) return p;
    return list[0];
  };
  const all = soakTargets({ article: articles[0], articles: articles.slice(1, 4), category: await withPage2(categories), author: authors[0] });
  // A small site has no second archive or category page: those URLs are left out, not counted as errors.
  const targets = [];
  for (const t of all) if (!t.path.endsWith('/page/2') || (await fetchRetry(`${baseUrl}${t.path}`)).status === 200) targets.push(t);
  console.log(`soak: ${targets.length} URLs, ${connections} connections, ${seconds} s, RSS every 10 s`);
  const result = await soak({ baseUrl, serverPid, targets, seconds, connections, onMinute: (m) => console.log(`  minute ${m.minute}: ${m.requests} requests, ${m.errors} errors, ${m.notFound} expected 404s, p50 ${m.p50Ms} ms, p99 ${m.p99Ms} ms`) });
  console.log(`soak: ${result.requests} requests (${result.rps}/s), ${result.errors} errors, ${result.notFound} expected 404s; RSS ${result.rss.startMB} MB at start, ${result.rss.endMB} MB at end, peak ${result.rss.peakMB} MB; memory ${result.memory.note}`);
  console.log('soak: the slowest URLs (p99; p50, mean, max):');
  for (const u of result.byUrl.slice(0, 6)) console.log(`  ${u.path}: ${u.p99Ms} ms (${u.p50Ms}, ${u.meanMs}, ${u.maxMs} ms; ${u.requests} requests)`);
  if (result.errors) console.log(`  unexpected: ${JSON.stringify(result.unexpected)}`);
  console.log(result.pass ? 'soak: pass' : 'soak: FAIL');
  return result;
}
