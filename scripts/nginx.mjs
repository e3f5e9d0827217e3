// Runs Debian's nginx, unprivileged, on 127.0.0.1 with the site's own deploy/nginx.conf serving a
// static export: a throw-away prefix holds the main config, pid, logs and temp folders.
//   node scripts/nginx.mjs <out-dir> <port>      serves until Ctrl-C
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CANDIDATES = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx', '/usr/local/bin/nginx'];
const MIME_TYPES = ['/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types'];

/** The nginx binary, or null. */
export function findNginx() {
  return CANDIDATES.find((p) => fs.existsSync(p)) ?? null;
}

/** deploy/nginx.conf with its `listen` and `root` pointed at this machine's port and folder. */
export function siteConfig({ root, port, source = path.join(ROOT, 'deploy', 'nginx.conf') }) {
  const text = fs.readFileSync(source, 'utf8');
  if (!/^\s*listen\s+[^;]+;/m.test(text) || !/^\s*root\s+[^;]+;/m.test(text)) {
    throw new Error(`${source} must have one \`listen …;\` and one \`root …;\` line in its server block`);
  }
  const configuredRoot = /^\s*root\s+([^;]+);/m.exec(text)?.[1]?.trim() ?? '';
  // The includes of the generated header files name the same out/ folder as `root`.
  return text
    .replace(/^(\s*)listen\s+[^;]+;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root\s+[^;]+;/m, `$1root ${root};`)
    .replaceAll(`include ${configuredRoot}/`, `include ${root}/`);
}

/** The main nginx.conf for an unprivileged run below `prefix`. */
export function mainConfig({ prefix, mimeTypes }) {
  const p = (name) => path.join(prefix, name);
  return `worker_processes 1;
pid ${p('nginx.pid')};
error_log ${p('error.log')} warn;
daemon off;
events { worker_connections 1024; }
http {
    include ${mimeTypes};
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    client_body_temp_path ${p('tmp/body')};
    proxy_temp_path ${p('tmp/proxy')};
    fastcgi_temp_path ${p('tmp/fastcgi')};
    uwsgi_temp_path ${p('tmp/uwsgi')};
    scgi_temp_path ${p('tmp/scgi')};
    include ${p('site.conf')};
}
`;
}

/** Starts nginx serving `root` on 127.0.0.1:`port`; resolves once it answers, with { url, stop() }. */
export async function startNginx({ root, port, prefix }) {
  const bin = findNginx();
  if (!bin) throw new Error('nginx is not installed. Install Debian\'s package: apt-get install -y nginx-light (or nginx)');
  const mimeTypes = MIME_TYPES.find((p) => fs.existsSync(p));
  if (!mimeTypes) throw new Error('no mime.types found in /etc/nginx: install Debian\'s nginx-common (apt-get install -y nginx-light)');
  if (!fs.existsSync(path.join(root, 'index.html'))) throw new Error(`${root} holds no index.html: run npm run build:static first`);
  fs.rmSync(prefix, { recursive: true, force: true });
  fs.mkdirSync(path.join(prefix, 'tmp'), { recursive: true });
  fs.writeFileSync(path.join(prefix, 'site.conf'), siteConfig({ root: path.resolve(root), port }));
  fs.writeFileSync(path.join(prefix, 'nginx.conf'), mainConfig({ prefix, mimeTypes }));
  const conf = path.join(prefix, 'nginx.conf');
  execFileSync(bin, ['-t', '-q', '-p', prefix, '-c', conf], { stdio: 'inherit' });
  const child = spawn(bin, ['-p', prefix, '-c', conf], { stdio: ['ignore', 'inherit', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}; see ${path.join(prefix, 'error.log')}`);
    try {
      await fetch(`${url}/`);
      break;
    } catch {
      if (Date.now() > until) throw new Error(`nginx did not answer on ${url}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGQUIT');
    });
  return { url, stop, pid: child.pid };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [root = 'out', port = '8080'] = process.argv.slice(2);
  const nginx = await startNginx({ root: path.resolve(root), port: Number(port), prefix: fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-')) });
  console.log(`nginx serves ${root} at ${nginx.url} (Ctrl-C stops it)`);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => nginx.stop().then(() => process.exit(0)));
}
