import fs from 'node:fs';
import path from 'node:path';
import { adminSecurityHeaders, commonSecurityHeaders, isAdminPath, pageSecurityHeaders, policyMode, type Header } from './headers';
import { hashesForPath, readCspManifest, type CspManifest } from './csp-manifest';

// What proxy.ts sends under `next start` and `next dev`; read once per server process.
let manifest: CspManifest | null | undefined;
let notFoundHtml: string | null | undefined;

function buildManifest(): CspManifest | null {
  if (manifest === undefined) manifest = policyMode() === 'development' ? null : readCspManifest(process.cwd());
  return manifest;
}

/** Next's hashed assets: scripts and styles, no document, so no CSP to send. */
const ASSETS = /^\/_next\/static\//;

/**
 * The security headers of a response to `pathname`. A production server without the manifest
 * (a build made without `npm run build`) throws rather than serve pages whose scripts a CSP blocks.
 */
export function responseSecurityHeaders(pathname: string): Header[] {
  if (ASSETS.test(pathname)) return commonSecurityHeaders();
  if (isAdminPath(pathname)) return adminSecurityHeaders();
  const mode = policyMode();
  if (mode === 'development') return pageSecurityHeaders([], mode);
  const built = buildManifest();
  if (!built) throw new Error('.next/csp-manifest.json is missing: build with `npm run build` (it runs scripts/security-headers.ts after next build).');
  return pageSecurityHeaders(hashesForPath(built, pathname), mode);
}

/** The prerendered not-found page, sent with status 400 to a request no route can parse; null under next dev. */
export function notFoundPageHtml(): string | null {
  if (notFoundHtml === undefined) {
    const file = path.join(process.cwd(), '.next', 'server', 'app', '_not-found.html');
    notFoundHtml = fs.existsSync(/* turbopackIgnore: true */ file) ? fs.readFileSync(/* turbopackIgnore: true */ file, 'utf8') : null;
  }
  return notFoundHtml;
}
