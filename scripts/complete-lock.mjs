// Adds to package-lock.json the other platforms' optional binaries (SWC, Tailwind's oxide,
// Pagefind, esbuild, rollup…) that npm leaves out when the registry it talks to has no build
// for them, as this project's registry mirror has none but Linux's. Without these entries
// `npm ci` refuses the lock ("Missing: @next/swc-darwin-arm64@ from lock file"). Each entry
// carries the os/cpu its name says, so npm skips it on every other machine.
// Run it after any `npm install` that changes the lock: `npm run lock:complete`.
import fs from 'node:fs';

const OSES = ['darwin', 'win32', 'linux', 'freebsd', 'android', 'openbsd', 'netbsd', 'sunos', 'aix'];
const CPUS = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'riscv64', 'ppc64', 's390x', 'loong64', 'mips64el'];

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const packages = lock.packages;
const added = [];
for (const [key, meta] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(meta.optionalDependencies ?? {})) {
    const nested = key ? `${key}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[nested] || packages[`node_modules/${name}`]) continue;
    const leaf = name.split('/').pop();
    const os = leaf.includes('windows') ? 'win32' : OSES.find((o) => new RegExp(`(^|-)${o}(-|$)`).test(leaf));
    const cpu = CPUS.find((c) => new RegExp(`(^|[-_])${c}($|[-_])`).test(leaf));
    packages[`node_modules/${name}`] = {
      version: String(range).replace(/^[\^~=]/, ''),
      optional: true,
      ...(os ? { os: [os] } : {}),
      ...(cpu ? { cpu: [cpu] } : {}),
    };
    added.push(name);
  }
}
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `complete-lock: added ${added.length} other-platform optional packages` : 'complete-lock: nothing to add');
