import * as staticInfo from 'next/dist/build/analysis/get-page-static-info';
import { getMiddlewareRouteMatcher } from 'next/dist/shared/lib/router/utils/middleware-route-matcher';
import { config } from '../proxy';

// proxy.ts's matcher compiled by Next's own code, as `next build` and `next start` do (the function is not in Next's types).
type Compile = (matcher: typeof config.matcher, nextConfig: object) => Parameters<typeof getMiddlewareRouteMatcher>[0];
const { getMiddlewareMatchers } = staticInfo as unknown as { getMiddlewareMatchers: Compile };
const matches = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}));

/** Whether Next runs proxy.ts for a request to `pathname` with these request headers (lower-case names). */
export const reachesProxy = (pathname: string, headers: Record<string, string> = {}): boolean => matches(pathname, { headers } as never, {});
