/*
 * The paths proxy.ts does not see unless the request holds an ETag (its `config.matcher` skips
 * them; next.config.ts gives them their headers under next dev, where there is no `.meta`): /blog/
 * and one slug as slugify() makes it from ASCII, an article's address. What the proxy does is not
 * needed there:
 *  - the security headers and the ETag come with the page, or the not-found page, from its `.meta`
 *    (lib/security/meta-headers.ts);
 *  - the 304 is needed only by a request that holds a tag: every such request reaches the proxy
 *    (PROXY_CONDITIONAL), which answers it (lib/serving/etags.ts);
 *  - no old address has this shape (lib/serving/proxy-scope.test.ts): an old article address that
 *    differs from its page's is one slugify() changes (case, "_", "+", ".html"), or has another
 *    segment count. The one exception is /blog/blog: "blog" is no slug an seo.url gives (slug.ts,
 *    NOT_A_SLUG), so a post whose seo.url was .../blog/blog takes its slug from its title and had
 *    its old page at /blog/blog; that path stays on the proxy;
 *  - nothing to refuse: such a path is plain ASCII with no escape, no dot, no trailing slash.
 * Requests for one are most of a blog's traffic: without the proxy, `next start` answers about half
 * as many again (README, Performance).
 */

/** An article's slug as the proxy skips it: regex source, for next.config.ts's path patterns. */
export const DIRECT_ARTICLE_SLUG = '(?!blog$)[a-z0-9]+(?:-[a-z0-9]+)*';

/** proxy.ts's first matcher: every path but /blog/<DIRECT_ARTICLE_SLUG>. */
export const PROXY_MATCHER = `/((?!blog/${DIRECT_ARTICLE_SLUG}$).*)`;

/** proxy.ts's second matcher: any path, for a request that holds an ETag (If-None-Match). */
export const PROXY_CONDITIONAL = { source: '/:path*', has: [{ type: 'header', key: 'if-none-match' }] };
