// MDN HTTP Observatory (npm @mdn/mdn-http-observatory) on a site served over plain HTTP:
//   node scripts/observatory.mjs <base-url> [<path>…]       e.g. http://127.0.0.1:3410 / /blog/x
// Prints each test and the score and grade per path; exit 1 below A+. The package's own CLI takes
// a host name only (port 80, no path), so this runs its retriever and tests directly. The two tests
// that need HTTPS (redirection to HTTPS, HSTS) are left out: over plain HTTP they cannot pass, and
// they read an HSTS preload list the package downloads at install, which this project does not allow.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { retrieve } from '@mdn/mdn-http-observatory/src/retriever/retriever.js';
import { ALL_TESTS } from '@mdn/mdn-http-observatory/src/constants.js';
import { getGradeForScore, getScoreModifier } from '@mdn/mdn-http-observatory/src/grader/grader.js';
import { MINIMUM_SCORE_FOR_EXTRA_CREDIT } from '@mdn/mdn-http-observatory/src/grader/charts.js';

/** The tests that only make sense over HTTPS (by their function's name in the package). */
export const HTTPS_ONLY = new Set(['redirectionTest', 'strictTransportSecurityTest']);

/**
 * The Observatory's score from test results ({ name, result, pass }), as its scanner computes it:
 * 100 plus every modifier, bonuses only when the score without them is at least 90.
 */
export function observatoryScore(results) {
  let withBonus = 100;
  let penaltiesOnly = 100;
  for (const { result } of results) {
    const modifier = getScoreModifier(result);
    withBonus += modifier;
    if (modifier < 0) penaltiesOnly += modifier;
  }
  const { score, grade } = getGradeForScore(penaltiesOnly >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withBonus : penaltiesOnly);
  return { score, grade };
}

/** Scans `baseUrl` + `pagePath` and resolves with { score, grade, tests, status }. */
export async function observatory(baseUrl, pagePath = '/') {
  const url = new URL(baseUrl);
  const requests = await retrieve(url.hostname, { httpPort: url.port || '80', path: pagePath });
  if (!requests.responses.auto) throw new Error(`${baseUrl}${pagePath} did not answer`);
  const tests = ALL_TESTS.filter((test) => !HTTPS_ONLY.has(test.name))
    .map((test) => test(requests))
    .map((output) => ({ name: output.constructor.name, result: output.result, pass: output.pass, modifier: getScoreModifier(output.result) }));
  return { status: requests.responses.auto.status, ...observatoryScore(tests), tests };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [baseUrl, ...paths] = process.argv.slice(2);
  if (!baseUrl) {
    console.error('usage: node scripts/observatory.mjs <base-url> [<path>…]');
    process.exit(2);
  }
  let ok = true;
  for (const pagePath of paths.length ? paths : ['/']) {
    const r = await observatory(baseUrl, pagePath);
    console.log(`${baseUrl}${pagePath}: ${r.grade} (${r.score}), HTTP ${r.status}`);
    for (const t of r.tests) console.log(`  ${t.pass ? 'pass' : 'FAIL'} ${t.name}: ${t.result} (${t.modifier >= 0 ? '+' : ''}${t.modifier})`);
    ok &&= r.grade === 'A+';
  }
  process.exit(ok ? 0 : 1);
}
