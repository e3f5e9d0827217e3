import { afterEach, describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { proxy } from '@/proxy';
import { CONTENT_GATE_ENV, shutContentGate, type ContentGate } from '@/lib/dev/content-gate';

let gate: ContentGate | undefined;
afterEach(() => {
  gate?.open();
  vi.unstubAllEnvs();
});

const request = (path: string) => new NextRequest(new URL(path, 'http://127.0.0.1:3000'));

describe('proxy.ts under npm run dev, before the first content generation is written', () => {
  it('answers every page with the waiting page, with the security headers, then lets it through', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    gate = shutContentGate("contentlayer2's documents to make: 10038, on 2 cores");
    vi.stubEnv(CONTENT_GATE_ENV, gate.file);

    const waiting = proxy(request('/blog/some-post'));
    expect(waiting.status).toBe(503);
    expect(waiting.headers.get('Retry-After')).toBe('2');
    expect(waiting.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(waiting.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await waiting.text()).toContain("Now: contentlayer2's documents to make: 10038, on 2 cores");
    // An unparseable address still gets its 400, gate or not.
    expect(proxy(request('/blog/%E0%A4%A')).status).toBe(400);

    gate.open();
    const served = proxy(request('/blog/some-post'));
    expect(served.status).toBe(200);
    expect(served.headers.get('x-middleware-next')).toBe('1');
  });
});
