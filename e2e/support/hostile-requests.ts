import { requestBytes } from './raw-http';

/**
 * A request no client of the site sends. Every one must get 400 or 404; `tooLarge` ones may get 431
 * instead: Node's HTTP parser answers a request head over 16 KB itself, before Next sees it.
 */
export type Hostile = { name: string; bytes: Buffer; page: boolean; tooLarge?: boolean };

const long = (n: number, unit = 'a') => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/**
 * Malformed percent-encoding, NUL and control bytes, `..` segments, overlong paths and segments,
 * unknown methods, oversized query strings and headers: sent raw, byte for byte. `page` marks the
 * GETs of a page path, which must get the site's not-found page as their body.
 */
export const HOSTILE_REQUESTS: Hostile[] = [
  ...[
    '/blog/%E0%A4%A',
    '/blog/author/%C0%AF',
    '/blog/category/%ZZ',
    '/blog/%E0%A4%A/opengraph-image',
    '/blog/author/%C0%AF/feed.json',
    '/blog/%',
    '/%',
    '/blog/%FF%FE',
    '/blog/%C3%28',
    '/blog/page/%E0',
    '/blog/%00',
    '/blog/a%0Ab',
    '/blog/a%0D%0ASet-Cookie:%20x=1',
    '/blog/%7F',
    '/blog/%1B%5B31m',
    '/rss.xml%00',
    '/blog/../../etc/passwd',
    '/blog/%2e%2e/%2e%2e/etc/passwd',
    '/blog/..%2f..%2fetc%2fpasswd',
    '/..%5c..%5cwindows%5cwin.ini',
    '/blog/./../../x',
    `/${long(6000, 'a/')}a`,
    `/blog/${long(1000)}`,
    `/blog/${long(12000)}`,
    `/blog/no-such-post?q=${long(9000)}`,
  ].map((target) => ({ name: `GET ${target.slice(0, 60)}${target.length > 60 ? `… (${target.length} chars)` : ''}`, bytes: requestBytes(target), page: true })),
  { name: 'GET with a raw NUL byte in the path', bytes: requestBytes('/blog/\u0000x'), page: false },
  { name: 'GET with a raw escape byte in the path', bytes: requestBytes('/blog/\u001bx'), page: false },
  { name: 'GET with a raw DEL byte in the path', bytes: requestBytes('/blog/\u007fx'), page: false },
  { name: 'GET with a query of 20,000 characters', bytes: requestBytes(`/?q=${long(20_000)}`), page: false, tooLarge: true },
  { name: 'GET with a 20,000-byte header', bytes: requestBytes('/', { headers: [`X-Padding: ${long(20_000)}`] }), page: false, tooLarge: true },
  { name: 'GET with a NUL byte in a header value', bytes: requestBytes('/', { headers: ['X-Evil: a\u0000b'] }), page: false },
  { name: 'unknown method FOO', bytes: requestBytes('/', { method: 'FOO' }), page: false },
  { name: 'unknown method BREW', bytes: requestBytes('/blog', { method: 'BREW' }), page: false },
  { name: 'method that is no token', bytes: requestBytes('/', { method: 'G(E)T' }), page: false },
  { name: 'HTTP version 9.9', bytes: requestBytes('/', { version: 'HTTP/9.9' }), page: false },
  { name: 'request line of garbage', bytes: Buffer.from('\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003\r\n\r\n', 'latin1'), page: false },
];
