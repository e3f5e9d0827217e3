import net from 'node:net';

export type RawResponse = { status: number; headers: Record<string, string>; body: string };

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = body.indexOf('\r\n', at);
    if (eol < 0) break;
    const size = parseInt(body.subarray(at, eol).toString('latin1'), 16);
    if (!Number.isFinite(size) || size === 0) break;
    parts.push(body.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/**
 * Sends bytes exactly as given (a browser or fetch would normalise the URL, refuse NUL or cap the
 * headers) on a new connection and reads the response until the server closes it.
 */
export function rawRequest(baseURL: string, request: string | Buffer, timeoutMs = 10_000): Promise<RawResponse> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    // write, not end: Node's server drops a half-closed connection whose response is still being rendered.
    socket.on('connect', () => socket.write(request));
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' && chunks.length ? socket.emit('close') : reject(e)));
    socket.on('close', () => {
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      const head = all.subarray(0, split < 0 ? all.length : split).toString('latin1');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).trim().toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      const rawBody = split < 0 ? Buffer.alloc(0) : all.subarray(split + 4);
      const body = (headers['transfer-encoding'] === 'chunked' ? dechunk(rawBody) : rawBody).toString('utf8');
      resolve({ status, headers, body });
    });
  });
}

/** A GET (or `method`) request for `target`, as raw bytes, with Connection: close and any extra header lines. */
export function requestBytes(target: string, { method = 'GET', headers = [] as string[], version = 'HTTP/1.1' } = {}): Buffer {
  return Buffer.from(`${method} ${target} ${version}\r\nHost: 127.0.0.1\r\nConnection: close\r\n${headers.map((h) => `${h}\r\n`).join('')}\r\n`, 'latin1');
}
