// Makes sure a Chromium exists before the browser tests: uses $CHROME_PATH or the system's;
// installs Debian's `chromium` when running as root with apt; else Playwright's own download;
// else stops with the exact command to run.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { findChromium } from './chromium.mjs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });

if (process.env.CHROME_PATH && !findChromium()) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist. Point it at a Chromium binary or unset it.`);
  process.exit(1);
}
if (findChromium()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && fs.existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian\'s chromium package…');
  try {
    run('apt-get update -qq && apt-get install -y -qq chromium');
  } catch {
    console.error('apt-get could not install chromium. Run: apt-get update && apt-get install -y chromium');
    process.exit(1);
  }
  if (findChromium()) process.exit(0);
}
try {
  console.log('No Chromium found: trying Playwright\'s own download (npx playwright install chromium)…');
  run('npx playwright install chromium');
  process.exit(0);
} catch {
  console.error(
    'No Chromium for the browser tests. Install one and run again:\n' +
      '  Debian/Ubuntu (as root): apt-get update && apt-get install -y chromium\n' +
      '  elsewhere: npx playwright install chromium\n' +
      'or point CHROME_PATH at an existing Chromium or Chrome binary.',
  );
  process.exit(1);
}
