import { NextResponse, type NextRequest } from 'next/server';
import { redirect } from '@/lib/legacy/redirects';

/**
 * One redirect, never a chain: an old address goes straight to its page (301), any other path
 * with a trailing slash loses it (308, as Next itself would answer). The query string is kept.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const to = redirect(pathname);
  if (!to) return NextResponse.next();
  return NextResponse.redirect(new URL(`${to.location}${search}`, request.url), to.status);
}

export const config = { matcher: ['/((?!_next/).*)'] };
