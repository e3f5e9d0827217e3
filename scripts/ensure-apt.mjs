// Makes sure Debian programs exist before a script needs them: installs the missing ones with
// apt-get when running as root, else stops with the exact command to run.
//   node scripts/ensure-apt.mjs nginx wrk
import { execSync } from 'node:child_process';
import fs from 'node:fs';

/** The binary each program is found as, and the Debian package that provides it. */
const PROGRAMS = {
  nginx: { paths: ['/usr/sbin/nginx', '/usr/bin/nginx'], pkg: 'nginx-light' },
  wrk: { paths: ['/usr/bin/wrk'], pkg: 'wrk' },
  // The W3C checker (vnu-jar) in e2e/archive.spec.ts runs on Java.
  java: { paths: ['/usr/bin/java'], pkg: 'default-jre-headless' },
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !PROGRAMS[w]);
if (unknown.length) {
  console.error(`ensure-apt: unknown program(s) ${unknown.join(', ')}; known: ${Object.keys(PROGRAMS).join(', ')}`);
  process.exit(1);
}
const missing = wanted.filter((w) => !PROGRAMS[w].paths.some((p) => fs.existsSync(p)));
if (missing.length === 0) process.exit(0);

const packages = missing.map((m) => PROGRAMS[m].pkg).join(' ');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && fs.existsSync('/usr/bin/apt-get')) {
  console.log(`Installing Debian's ${packages}…`);
  try {
    execSync(`apt-get update -qq && apt-get install -y -qq --no-install-recommends ${packages}`, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    process.exit(0);
  } catch {
    // fall through to the message
  }
}
console.error(`Missing: ${missing.join(', ')}. Install them and run again:\n  apt-get update && apt-get install -y ${packages}`);
process.exit(1);
