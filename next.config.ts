import os from 'node:os';
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants.js';
import { decapServerPort, isStaticExport } from './lib/env';
import { adminFilePath, adminPath, cmsLocalApiPath } from './lib/paths';
import { devHosts } from './lib/dev/network';
import { codeBuildId } from './lib/build-id';
import { PAGE_CACHE_CONTROL } from './lib/serving/cache-control';
import { DIRECT_ARTICLE_SLUG } from './lib/serving/proxy-scope';
import { pageSecurityHeaders } from './lib/security/headers';

const staticExport = isStaticExport();

/**
 * Next 16 sends `s-maxage=31536000` for prerendered pages, feeds and OG images: a CDN would keep
 * serving last year's HTML (pointing at chunks a new deploy removed) until purged. Pages get the
 * same short, revalidating policy as deploy/nginx.conf (PAGE_CACHE_CONTROL); /_next/static keeps
 * Next's own `public, max-age=31536000, immutable`.
 */

const pageExtensions = ['tsx', 'ts', 'jsx', 'js'];

export default function nextConfig(phase: string): NextConfig {
  return {
    reactStrictMode: true,
    // From the code, not the clock: a build after a content edit changes only the pages it touches.
    generateBuildId: () => codeBuildId(process.cwd(), staticExport ? 'export' : 'server'),
    // Next prerenders with one worker fewer than there are cores: one worker on a 2-core machine,
    // while the parent mostly waits. Two workers there cut `next build` of 1,000 posts from 79.5 s
    // to 69.7 s for 259 MB more peak memory (`npm run bench -- --posts 1000`, README Performance).
    // caseSensitiveRoutes: the paths below match case as written, so the dev headers of
    // /blog/<article> never also match /blog/Some-Post, an old address proxy.ts answers (Next
    // matches the proxy's matcher case-sensitively).
    // Next 16.5's agent files: by default `next dev` writes AGENTS.md into the checkout (agentRules)
    // and it and `next build` ask registry.npmjs.org for security advisories (agentUpgrade, seen
    // with a fetch logger: /-/npm/v1/security/advisories/bulk). Nothing here reaches the network.
    agentRules: false,
    experimental: { cpus: Math.max(1, os.availableParallelism()), caseSensitiveRoutes: true, agentUpgrade: false },
    poweredByHeader: false,
    // Not Next's ETag, a hash of the whole page on every request: each prerendered response's is
    // hashed once by `npm run build` into its `.meta`, and proxy.ts answers a request holding it
    // with a 304 (lib/serving/etags.ts; README, Performance).
    generateEtags: false,
    // proxy.ts sees requests as they came: Next would strip the `_rsc` query (kept on redirects) and
    // the RSC header (an RSC payload's request never gets the page's 304, lib/serving/etags.ts).
    skipProxyUrlNormalize: true,
    // proxy.ts strips a trailing slash itself, in the same single redirect that sends an old address to its page.
    skipTrailingSlashRedirect: true,
    // fontkit (card font metrics) loads its data files relative to its own module: bundled, it cannot find them.
    serverExternalPackages: ['fontkit'],
    // `npm run build:static` sets NEXT_OUTPUT=export to write the whole site to out/.
    output: staticExport ? 'export' : undefined,
    images: { unoptimized: true },
    typedRoutes: false,
    // next build type-checks the code it builds (tsconfig.build.json: app, components, lib, the
    // configs; no tests, scripts or bench). `npm run typecheck`, in `npm test` and CI, checks the
    // whole tree. tsc over the build's config: 12-13 CPU-s instead of 17-18 (README, Performance).
    typescript: { tsconfigPath: 'tsconfig.build.json' },
    // Routes named *.dev.ts(x) (the live preview's event stream) exist only under `next dev`.
    pageExtensions: phase === PHASE_DEVELOPMENT_SERVER ? ['dev.tsx', 'dev.ts', ...pageExtensions] : pageExtensions,
    // next dev serves its live reload and in-page errors to localhost only: also to 127.0.0.1 and the
    // network addresses it prints (an editor's phone), so the live preview works on all of them.
    ...(phase === PHASE_DEVELOPMENT_SERVER ? { allowedDevOrigins: devHosts() } : {}),
    // An export has no server to send headers or rewrites: deploy/nginx.conf serves /admin/index.html and sets them there.
    ...(staticExport
      ? {}
      : {
          headers: async () => [
            // /admin's X-Robots-Tag and policy come from proxy.ts with the other security headers.
            { source: '/:path((?!_next/).*)', headers: [{ key: 'Cache-Control', value: PAGE_CACHE_CONTROL }] },
            // An article's security headers under next dev: it skips proxy.ts, and next dev has no `.meta`.
            ...(phase === PHASE_DEVELOPMENT_SERVER ? [{ source: `/blog/:slug(${DIRECT_ARTICLE_SLUG})`, headers: pageSecurityHeaders([], 'development') }] : []),
          ],
          // Decap CMS's page is a public file (public/admin/index.html, written by scripts/cms-admin.mjs);
          // under next dev its local backend, decap-server on loopback, is proxied on the same origin.
          rewrites: async () => [
            { source: adminPath(), destination: adminFilePath('index.html') },
            ...(phase === PHASE_DEVELOPMENT_SERVER ? [{ source: cmsLocalApiPath(), destination: `http://127.0.0.1:${decapServerPort()}/api/v1` }] : []),
          ],
        }),
  };
}
