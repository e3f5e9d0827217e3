/**
 * How long a page may be used without asking again; then a browser revalidates it with its ETag
 * (Next's own under `next start`, `generateEtags`; nginx's for the static export) and gets a 304
 * when it has not changed. next.config.ts sends it for every page, deploy/nginx.conf too.
 */
export const PAGE_CACHE_CONTROL = 'public, max-age=300, must-revalidate';
