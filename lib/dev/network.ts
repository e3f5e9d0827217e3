import os from 'node:os';

/**
 * The host names a browser may open `npm run dev` on besides localhost: 127.0.0.1, this machine's
 * network addresses (a phone on the same network) and its host name. next dev blocks its dev
 * resources (live reload, in-page errors) for any origin not listed in `allowedDevOrigins`.
 */
export function devHosts(interfaces = os.networkInterfaces(), hostname = os.hostname()): string[] {
  const addresses = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === 'IPv4')
    .map((i) => i.address);
  return [...new Set(['127.0.0.1', ...addresses, hostname].filter((h) => h && h !== 'localhost'))];
}

/** The network addresses (not loopback) an editor's phone can reach, for the dev log. */
export function networkAddresses(interfaces = os.networkInterfaces()): string[] {
  return Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === 'IPv4' && !i.internal)
    .map((i) => i.address);
}
