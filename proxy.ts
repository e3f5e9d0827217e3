import { NextResponse, type NextRequest } from 'next/server';
import { redirect } from '@/lib/legacy/redirects';
import { badRequestReason } from '@/lib/security/request-guard';
import { notFoundPageHtml, responseSecurityHeaders } from '@/lib/security/server-headers';
import { PAGE_CACHE_CONTROL, holdsCurrent, requestEtag } from '@/lib/serving/etags';

/**
 * Before Next's router: an unparseable URL gets a 400 with the not-found page (not Next's 500);
 * an old address goes to its page in one 301 and a trailing slash goes in one 308 (query kept);
 * every response carries the site's security headers, each page its own CSP; a prerendered page
 * carries its ETag, and a request that holds it gets a 304 (lib/serving/etags.ts).
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const reason = badRequestReason(pathname, search.replace(/^\?/, ''));
  // The not-found page's CSP: the 400 carries that page.
  const headers = responseSecurityHeaders(reason ? '/_bad-request' : pathname);
  let response: NextResponse;
  if (reason) {
    const html = notFoundPageHtml();
    response = new NextResponse(html ?? `Bad Request: ${reason}\n`, {
      status: 400,
      headers: { 'Content-Type': html ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  } else {
    const to = redirect(pathname);
    const etag = to ? null : requestEtag(request.method, request.headers, pathname);
    if (to) response = NextResponse.redirect(new URL(`${to.location}${search}`, request.url), to.status);
    else if (etag && holdsCurrent(request.headers, etag)) response = new NextResponse(null, { status: 304, headers: { 'Cache-Control': PAGE_CACHE_CONTROL } });
    else response = NextResponse.next();
    if (etag) response.headers.set('ETag', etag);
  }
  for (const { key, value } of headers) response.headers.set(key, value);
  return response;
}
