import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_GATE_ENV, contentGateResponse, shutContentGate, type ContentGate } from './content-gate';

const gates: ContentGate[] = [];
afterEach(() => gates.splice(0).forEach((gate) => gate.open()));

function shut(status?: string) {
  const gate = shutContentGate(status);
  gates.push(gate);
  return { gate, env: { NODE_ENV: 'development', [CONTENT_GATE_ENV]: gate.file } as NodeJS.ProcessEnv };
}

describe("npm run dev's pages while the first content generation runs", () => {
  it('answer 503 with a page that says what is being done, reloads itself and is never cached', async () => {
    const { gate, env } = shut('contentlayer2 is loading the config');
    gate.update("contentlayer2's documents to make: 10038, on 2 cores <first>");
    const response = contentGateResponse('/blog/some-post', env)!;
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('2');
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toContain('<meta http-equiv="refresh" content="2">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    // The latest status, escaped; not the first one.
    expect(html).toContain("Now: contentlayer2's documents to make: 10038, on 2 cores &lt;first&gt;");
    expect(html).not.toContain('loading the config');
    expect(html).toMatch(/\(\d+ s so far\)/);
    expect(html).not.toMatch(/<script|style=/);
  });

  it('are served as soon as the gate opens, and opening twice is harmless', () => {
    const { gate, env } = shut();
    expect(contentGateResponse('/', env)?.status).toBe(503);
    gate.open();
    expect(fs.existsSync(gate.file)).toBe(false);
    expect(contentGateResponse('/', env)).toBeNull();
    gate.open();
    gate.update('too late');
    expect(fs.existsSync(gate.file)).toBe(false);
  });

  it("let next dev's own files through", () => {
    const { env } = shut();
    expect(contentGateResponse('/_next/static/chunks/app.js', env)).toBeNull();
    expect(contentGateResponse('/_next', env)?.status).toBe(503);
  });

  it('change nothing outside next dev or without a gate', () => {
    const { gate } = shut();
    expect(contentGateResponse('/', { NODE_ENV: 'production', [CONTENT_GATE_ENV]: gate.file })).toBeNull();
    expect(contentGateResponse('/', { NODE_ENV: 'development' })).toBeNull();
  });
});
