import { NextResponse, type NextRequest } from 'next/server';
import { badRequestReason } from '@/lib/security/request-guard';
import { notFoundPageHtml, responseSecurityHeaders } from '@/lib/security/server-headers';

/** Every response gets the site's security headers (CSP per page); unparseable URLs get a 400, not Next's 500. */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const reason = badRequestReason(pathname, search.replace(/^\?/, ''));
  // The not-found page's CSP: the 400 carries that page.
  const headers = responseSecurityHeaders(reason ? '/_bad-request' : pathname);
  if (reason) {
    const html = notFoundPageHtml();
    const response = new NextResponse(html ?? `Bad Request: ${reason}\n`, {
      status: 400,
      headers: { 'Content-Type': html ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
    for (const { key, value } of headers) response.headers.set(key, value);
    return response;
  }
  const response = NextResponse.next();
  for (const { key, value } of headers) response.headers.set(key, value);
  return response;
}
