// Exists only under `next dev` (the .dev.ts extension is a page extension in that phase only).
import { SSE_HEADERS, contentEventStream } from '@/lib/dev/events';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return new Response(contentEventStream(request), { headers: SSE_HEADERS });
}
