import { NextResponse, type NextRequest } from 'next/server';
import { redirect } from '@/lib/legacy/redirects';
import type { Header } from '@/lib/security/headers';
import { badRequestReason } from '@/lib/security/request-guard';
import { notFoundPageHtml, passThroughHeaders, responseSecurityHeaders } from '@/lib/security/server-headers';
import { notModifiedHeaders } from '@/lib/serving/etags';

/**
 * Before Next's router: an unparseable URL gets a 400 with the not-found page (not Next's 500);
 * an old address goes to its page in one 301 and a trailing slash goes in one 308 (query kept);
 * a request that holds a prerendered response's ETag gets a 304 (lib/serving/etags.ts).
 * Every response carries the site's security headers: these, and those of what Next makes at
 * request time; a prerendered page and the not-found page bring their own (lib/security/server-headers.ts).
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const reason = badRequestReason(pathname, search.replace(/^\?/, ''));
  let response: NextResponse;
  let headers: Header[];
  if (reason) {
    const html = notFoundPageHtml();
    response = new NextResponse(html ?? `Bad Request: ${reason}\n`, {
      status: 400,
      headers: { 'Content-Type': html ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
    // The not-found page's CSP: the 400 carries that page.
    headers = responseSecurityHeaders('/_bad-request');
  } else {
    const to = redirect(pathname);
    const held = to ? null : notModifiedHeaders(request.method, request.headers, pathname);
    if (to) {
      response = NextResponse.redirect(new URL(`${to.location}${search}`, request.url), to.status);
      headers = responseSecurityHeaders(pathname);
    } else if (held) {
      response = new NextResponse(null, { status: 304 });
      headers = held;
    } else {
      response = NextResponse.next();
      headers = passThroughHeaders(request.method, pathname);
    }
  }
  for (const { key, value } of headers) response.headers.set(key, value);
  return response;
}

/**
 * Every path but an article's, and every request that holds an ETag (lib/serving/proxy-scope.ts,
 * whose test checks this is its rule): Next serves an article, or the not-found page, from the
 * build with the headers of its `.meta`, faster without a proxy in front. A literal: Next reads it
 * from this file's source.
 */
export const config = {
  matcher: ['/((?!blog/(?!blog$)[a-z0-9]+(?:-[a-z0-9]+)*$).*)', { source: '/:path*', has: [{ type: 'header', key: 'if-none-match' }] }],
};
