import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeAtomic } from '../atomic-file';

/*
 * `npm run dev` starts next dev while contentlayer2's first generation still runs (10,000 posts:
 * about a minute). Until that generation is written, every page answers 503 with a page that says
 * what is being done and reloads itself, where the browser used to show "connection refused": a
 * page rendered from no content, or from the last run's, would show an error or stale posts.
 * scripts/dev.mjs shuts the gate (a file named by DEV_CONTENT_GATE, holding what the generation is
 * doing) and removes the file once the generation has ended; proxy.ts asks contentGateResponse.
 */

/** The environment variable naming the gate's file for next dev. */
export const CONTENT_GATE_ENV = 'DEV_CONTENT_GATE';

/** Seconds between the waiting page's reloads. */
const RETRY_SECONDS = 2;

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The waiting page: plain HTML (no script, no style: the site's CSP applies), reloading itself. */
export function waitingPageHtml(status: string, seconds: number): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="color-scheme" content="light dark">
<meta http-equiv="refresh" content="${RETRY_SECONDS}">
<title>Generating the content…</title>
</head>
<body>
<main>
<h1>Generating the content…</h1>
<p>npm run dev is making the site's documents with contentlayer2 (${seconds} s so far). This page reloads itself every ${RETRY_SECONDS} seconds and shows the site as soon as they are written.</p>
${status ? `<p>Now: ${escapeHtml(status)}</p>\n` : ''}</main>
</body>
</html>
`;
}

/**
 * The 503 a request gets while the gate is shut, or null when it may go on: outside next dev, with
 * no gate, once the gate's file is gone, and for next dev's own files (/_next).
 */
export function contentGateResponse(pathname: string, env: NodeJS.ProcessEnv = process.env): Response | null {
  const file = env.NODE_ENV === 'development' ? env[CONTENT_GATE_ENV] : undefined;
  if (!file || pathname.startsWith('/_next/')) return null;
  let state: { since: number; status: string };
  try {
    state = JSON.parse(fs.readFileSync(/* turbopackIgnore: true */ file, 'utf8'));
  } catch {
    // Gone: the gate is open. (It is written by rename, so never read half-written.)
    return null;
  }
  const { since, status } = state;
  const seconds = Math.max(0, Math.round((Date.now() - since) / 1000));
  return new Response(waitingPageHtml(status, seconds), {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': String(RETRY_SECONDS) },
  });
}

export type ContentGate = {
  /** The file to name in DEV_CONTENT_GATE. */
  file: string;
  /** Replaces what the waiting page says the generation is doing. */
  update: (status: string) => void;
  /** Lets every request through (removes the file); again is harmless. */
  open: () => void;
};

/** Shuts the gate: a new file in the temporary folder, removed by open() or when this process exits. */
export function shutContentGate(status = ''): ContentGate {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-gate-'));
  const file = path.join(dir, 'generating');
  const since = Date.now();
  const write = (text: string) => writeAtomic(file, JSON.stringify({ since, status: text }));
  write(status);
  const open = () => {
    fs.rmSync(dir, { recursive: true, force: true });
    process.off('exit', open);
  };
  process.on('exit', open);
  return {
    file,
    update: (text) => {
      // Once open, there is nothing to update (and the folder is gone).
      if (fs.existsSync(file)) write(text);
    },
    open,
  };
}
