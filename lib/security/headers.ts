/**
 * The site's security headers: the one source of the policy for every way the site is served.
 * proxy.ts sends them under `next start` and `next dev`; scripts/security-headers.ts writes them
 * into the static export for nginx (deploy/nginx.conf includes the files) and for Netlify-style
 * hosts (out/_headers).
 */

import { isDevServer } from '../env';
import { adminPath } from '../paths';

/** A response header as a name and a value. */
export type Header = { key: string; value: string };

/** Features a blog never uses; Chromium knows every name here (an unknown one is a console error). */
const DISABLED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/** One year, with subdomains: sent only over HTTPS (nginx's HTTPS example and out/_headers). */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/** Where a policy is used: production pages are strict; `next dev` is relaxed for its tooling. */
export type PolicyMode = 'production' | 'development';

/**
 * `next dev` only: its HMR client and error overlay evaluate code, inject inline scripts and
 * styles, and talk over a WebSocket; the live preview listens to an event stream.
 */
export function policyMode(): PolicyMode {
  return isDevServer() ? 'development' : 'production';
}

/**
 * The script-src sources of one page: its own files, the sha256 of each of its inline scripts, and
 * 'wasm-unsafe-eval' for Pagefind. Every page needs the latter: the header search box navigates to
 * /search on the client, and a client-side navigation keeps the first document's policy.
 */
export function scriptSources(hashes: readonly string[]): string[] {
  return ["'self'", "'wasm-unsafe-eval'", ...[...new Set(hashes)].sort().map((hash) => `'sha256-${hash}'`)];
}

/**
 * The Content-Security-Policy of a page. `scripts` are its script-src sources (scriptSources()).
 * default-src 'none': every kind of resource the site loads is listed, nothing else is allowed.
 * style-src 'self' has no 'unsafe-inline': the site's CSS is files, and its scripts only set styles
 * through the CSSOM, which CSP does not govern.
 */
export function contentSecurityPolicy(scripts: readonly string[], mode: PolicyMode = 'production'): string {
  if (mode === 'production') return policy({ 'script-src': [...scripts] });
  return policy({
    'script-src': ["'self'", "'unsafe-inline'", "'unsafe-eval'", "'wasm-unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'connect-src': ["'self'", 'ws:'],
  });
}

/** The strict base every policy starts from: each kind of resource from the site itself, nothing else. */
const BASE_POLICY: Record<string, string[]> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** A policy: the base, with `changes` replacing a directive's sources (or adding a directive). */
function policy(changes: Record<string, string[]>): string {
  return Object.entries({ ...BASE_POLICY, ...changes })
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}

/** The headers every response carries, whatever it is (CSP and HSTS are added per page and per scheme). */
export function commonSecurityHeaders(): Header[] {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: DISABLED_FEATURES.map((feature) => `${feature}=()`).join(', ') },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}

/** Every header of one page: the common ones and its CSP. */
export function pageSecurityHeaders(hashes: readonly string[], mode: PolicyMode = 'production'): Header[] {
  return [...commonSecurityHeaders(), { key: 'Content-Security-Policy', value: contentSecurityPolicy(scriptSources(hashes), mode) }];
}

/** Decap CMS's pages and files (/admin, /admin/…): they get the CMS's policy, and only they do. */
export const isAdminPath = (pathname: string) => pathname === adminPath() || pathname.startsWith(`${adminPath()}/`);

/**
 * The policy of /admin, what Decap CMS needs and no more: 'unsafe-eval' in script-src (it compiles
 * its config's JSON schemas with ajv, which uses new Function) and 'unsafe-inline' in style-src
 * (its emotion styles are injected <style> elements); images also from data:, blob: (uploads
 * being previewed) and GitHub (the media of the GitHub backend); connect-src also GitHub's API;
 * frames from the site itself (the preview pane).
 * Everything else stays as strict as on the site's pages.
 */
export function adminContentSecurityPolicy(): string {
  return policy({
    'script-src': ["'self'", "'unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', 'https://raw.githubusercontent.com', 'https://avatars.githubusercontent.com'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", 'https://api.github.com'],
    'worker-src': ["'self'", 'blob:'],
    'frame-src': ["'self'", 'blob:'],
  });
}

/**
 * Every header of /admin: the common ones, the CMS's CSP, never indexed, and an opener policy that
 * keeps the GitHub login popup able to hand its token back (same-origin would cut it off).
 */
export function adminSecurityHeaders(): Header[] {
  return [
    ...commonSecurityHeaders().filter((h) => h.key !== 'Cross-Origin-Opener-Policy'),
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin-allow-popups' },
    { key: 'Content-Security-Policy', value: adminContentSecurityPolicy() },
    { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
  ];
}
