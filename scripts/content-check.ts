/**
 * `npm run content:check`: checks every post and author without building the site.
 * Exits 1 when there is an error (the build would refuse the content), 0 otherwise.
 */
import path from 'node:path';
import { contentDir as contentFolder } from '../lib/env';
import { checkContent, formatProblem } from '../lib/authoring/validate';

const contentDir = path.resolve(contentFolder());
const quiet = process.argv.includes('--quiet');
const report = checkContent(contentDir, path.resolve('public'));

for (const p of report.errors) console.error(formatProblem(p));
if (!quiet) for (const p of report.warnings) console.warn(formatProblem(p));

const summary = `content:check: ${report.posts} posts, ${report.authors} authors: ${report.errors.length} error(s), ${report.warnings.length} warning(s)`;
if (report.errors.length > 0) {
  console.error(`${summary}. Fix the errors above; the build refuses this content until then.`);
  process.exit(1);
}
console.log(summary);
