// Every figure of the site as a ratio to the bare blog's, measured in the same run: site ÷ bare.
// Above 1 the site's figure is the larger (slower build, more memory, more requests a second).

/** The pages measured on both: the same URL paths on the site and on the bare blog. */
export const PAGE_KINDS = ['home', 'article', 'category', 'author'];

/** `site / bare` to two decimals; null when either is missing or the bare figure is 0. */
export function ratio(site, bare) {
  if (typeof site !== 'number' || typeof bare !== 'number' || bare === 0) return null;
  return Math.round((site / bare) * 100) / 100;
}

/**
 * The site's figures of a benchmark result over its bare blog's (`result.bare`, the same shape
 * as the site's: build, pages, load.nextStart, lighthouse): build wall and CPU, peak memory of the
 * build tree, article req/s, p50 and p99 on next start, article HTML and JS gzipped, and the
 * Lighthouse performance score of each kind of page. A figure not measured is null.
 */
export function bareRatios(result) {
  const site = result;
  const bare = result.bare ?? {};
  return {
    buildWall: ratio(site.build?.wallS, bare.build?.wallS),
    buildCpu: ratio(site.build?.cpuS, bare.build?.cpuS),
    peakMemory: ratio(site.build?.peakTreeRssMB, bare.build?.peakTreeRssMB),
    rps: ratio(site.load?.nextStart?.rps, bare.load?.nextStart?.rps),
    p50: ratio(site.load?.nextStart?.p50Ms, bare.load?.nextStart?.p50Ms),
    p99: ratio(site.load?.nextStart?.p99Ms, bare.load?.nextStart?.p99Ms),
    htmlGzip: ratio(site.pages?.article?.htmlGzip, bare.pages?.article?.htmlGzip),
    jsGzip: ratio(site.pages?.article?.jsGzip, bare.pages?.article?.jsGzip),
    lighthouse: Object.fromEntries(PAGE_KINDS.map((kind) => [kind, ratio(site.lighthouse?.[kind]?.performance, bare.lighthouse?.[kind]?.performance)])),
  };
}
