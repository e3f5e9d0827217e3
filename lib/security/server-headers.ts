import fs from 'node:fs';
import path from 'node:path';
import { adminSecurityHeaders, commonSecurityHeaders, isAdminPath, pageSecurityHeaders, policyMode, type Header } from './headers';
import { builtAppDir, pageFile } from '../serving/page-files';

/*
 * What proxy.ts sends under `next start` and `next dev`. Under next start a response Next serves
 * from the build carries its security headers from its `.meta` file (lib/security/meta-headers.ts
 * writes them; Next appends them): a prerendered page, feed or card, and the not-found page, which
 * answers every path no route does. Added here too, each would be sent twice. The proxy adds them
 * to the rest: what it answers itself (400, redirects), Next's assets, public files, /admin, what a
 * route renders at request time (a post's card, on its first request) and any method but GET or
 * HEAD (Next's 405). Under next dev nothing has a `.meta`: the proxy adds them to everything.
 */

/** What the build tells the server (scripts/security-headers.ts writes it after next build). */
export type ServerHeadersManifest = {
  /** The hashes of the not-found page's inline scripts: its CSP, and the 400 that carries it. */
  notFound: string[];
  /** Regex sources of the routes rendered at request time (meta-headers.ts, requestTimeRoutes). */
  requestTimeRoutes: string[];
};

/** Where `npm run build` leaves it for `next start`, beside Next's own build output. */
export const SERVER_HEADERS_FILE = path.join('.next', 'server-headers.json');

type Built = { notFound: string[]; requestTime: RegExp[] };
// Read once per server process (and project folder).
const builds = new Map<string, Built>();
let notFoundHtml: string | null | undefined;

function buildManifest(root = process.cwd()): Built {
  let built = builds.get(root);
  if (built === undefined) {
    const file = path.join(/* turbopackIgnore: true */ root, SERVER_HEADERS_FILE);
    if (!fs.existsSync(/* turbopackIgnore: true */ file)) {
      // A production server without it (a build made without `npm run build`) would serve pages without their headers.
      throw new Error(`${SERVER_HEADERS_FILE} is missing: build with \`npm run build\` (it runs scripts/security-headers.ts after next build).`);
    }
    const manifest = JSON.parse(fs.readFileSync(/* turbopackIgnore: true */ file, 'utf8')) as ServerHeadersManifest;
    built = { notFound: manifest.notFound, requestTime: manifest.requestTimeRoutes.map((source) => new RegExp(source)) };
    builds.set(root, built);
  }
  return built;
}

/** Next's hashed assets: scripts and styles, no document, so no CSP to send. */
const ASSETS = /^\/_next\/static\//;

/** The security headers of a response the proxy makes or completes: the not-found page's CSP outside /admin and the assets. */
export function responseSecurityHeaders(pathname: string, root = process.cwd()): Header[] {
  if (ASSETS.test(pathname)) return commonSecurityHeaders();
  if (isAdminPath(pathname)) return adminSecurityHeaders();
  const mode = policyMode();
  return pageSecurityHeaders(mode === 'development' ? [] : buildManifest(root).notFound, mode);
}

const isFile = (file: string) => fs.statSync(/* turbopackIgnore: true */ file, { throwIfNoEntry: false })?.isFile() ?? false;

/** Whether Next answers this request from a prerendered file, or with the not-found page: both carry their headers from their `.meta`. */
function carriesMetaHeaders(method: string, pathname: string, root: string): boolean {
  if ((method !== 'GET' && method !== 'HEAD') || ASSETS.test(pathname) || isAdminPath(pathname)) return false;
  if (buildManifest(root).requestTime.some((route) => route.test(pathname))) {
    // Rendered now, unless the build prerendered this one.
    const meta = pageFile(pathname, '.meta');
    return meta !== null && isFile(path.join(/* turbopackIgnore: true */ builtAppDir(root), meta));
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return true; // refused by the request guard before this
  }
  return !isFile(path.join(/* turbopackIgnore: true */ root, 'public', decoded));
}

/** The security headers proxy.ts adds to a response it passes on to Next (`root`: the project's folder): none where the response brings its own. */
export function passThroughHeaders(method: string, pathname: string, root = process.cwd()): Header[] {
  if (policyMode() !== 'development' && carriesMetaHeaders(method, pathname, root)) return [];
  return responseSecurityHeaders(pathname, root);
}

/** The prerendered not-found page, sent with status 400 to a request no route can parse; null under next dev. */
export function notFoundPageHtml(): string | null {
  if (notFoundHtml === undefined) {
    const file = path.join(/* turbopackIgnore: true */ builtAppDir(process.cwd()), '_not-found.html');
    notFoundHtml = fs.existsSync(/* turbopackIgnore: true */ file) ? fs.readFileSync(/* turbopackIgnore: true */ file, 'utf8') : null;
  }
  return notFoundHtml;
}
