import { NextResponse, type NextRequest } from 'next/server';
import { redirect } from '@/lib/legacy/redirects';

/**
 * One redirect, never a chain: an old address goes straight to its page (301), any other path
 * with a trailing slash loses it (308, as Next itself would answer). The query string is kept;
 * the Location is relative, as deploy/nginx.conf sends it.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const to = redirect(pathname);
  if (!to) return NextResponse.next();
  return new NextResponse(null, { status: to.status, headers: { Location: `${to.location}${search}` } });
}

export const config = { matcher: ['/((?!_next/).*)'] };
