// Copies content/ plus e2e/fixtures/ into a scratch folder (argv[2]) for the live-preview e2e test,
// which edits, breaks, adds and deletes posts there: never in content/.
import fs from 'node:fs';
import path from 'node:path';

const target = process.argv[2];
if (!target || path.resolve(target) === path.resolve('content')) {
  console.error('usage: node scripts/e2e-dev-content.mjs <scratch folder, not content/>');
  process.exit(1);
}
fs.rmSync(target, { recursive: true, force: true });
fs.cpSync('content', target, { recursive: true });
fs.cpSync(path.join('e2e', 'fixtures'), target, { recursive: true });
console.log(`live-preview e2e: content copied to ${target}`);
