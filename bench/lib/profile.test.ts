import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { summariseProfile } from './profile.mjs';

// A built app as the summary sees it: the proxy's chunks named by middleware.js, and a page chunk
// holding Next's ETag hash (the minified shape Next 16 ships), beside a runtime of the same name.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'profile-test-'));
const server = path.join(dir, '.next', 'server');
fs.mkdirSync(path.join(server, 'chunks', 'ssr'), { recursive: true });
fs.writeFileSync(path.join(server, 'middleware.js'), 'R.c("server/chunks/[turbopack]_runtime.js");R.c("server/chunks/proxy_abc._.js");');
const pageLine = `var x=1;let c=((a,b=!1)=>(b?'W/"':'"')+(a=>{let b=a.length,c=0,d=0,e=8997,f=0,g=33826;return b})(a));`;
fs.writeFileSync(path.join(server, 'chunks', 'ssr', 'page._.js'), `"use strict";\n${pageLine}\n`);
const url = (file: string) => `file://${path.join(server, 'chunks', file)}`;
const etagColumn = pageLine.indexOf('a=>{let b=a.length');

type Frame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
const frame = (functionName: string, frameUrl = '', lineNumber = 0, columnNumber = 0): Frame => ({ functionName, url: frameUrl, lineNumber, columnNumber });

/** A profile of `tree` (frame, its count of samples as the leaf, children), 100 µs per sample. */
function writeProfile(tree: [Frame, number, unknown[]][]) {
  const root = { id: 1, callFrame: frame('(root)'), children: [] as number[] };
  const nodes = [root];
  const samples: number[] = [];
  const add = (parent: { children: number[] }, [callFrame, count, children]: [Frame, number, unknown[]]) => {
    const node = { id: nodes.length + 1, callFrame, children: [] as number[] };
    nodes.push(node);
    parent.children.push(node.id);
    for (let i = 0; i < count; i++) samples.push(node.id);
    for (const child of children as [Frame, number, unknown[]][]) add(node, child);
  };
  for (const t of tree) add(root, t);
  const file = path.join(dir, `p${Math.random()}.cpuprofile`);
  fs.writeFileSync(file, JSON.stringify({ nodes, samples, startTime: 0, endTime: samples.length * 100, timeDeltas: samples.map(() => 100) }));
  return file;
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('summariseProfile', () => {
  const file = writeProfile([
    [frame('(idle)'), 10, []],
    [frame('(garbage collector)'), 5, []],
    [frame('handler', url('ssr/page._.js'), 1, 0), 5, [[frame('', url('ssr/page._.js'), 1, etagColumn), 20, []]]],
    [frame('adapter', url('proxy_abc._.js'), 0, 10), 8, [[frame('set', 'node:internal/deps/undici/undici'), 4, []]]],
    [frame('run', url('ssr/[turbopack]_runtime.js'), 0, 5), 6, []],
    [
      frame('end', 'next/dist/compiled/compression/index.js'),
      2,
      [
        [frame('processChunk', 'node:zlib'), 10, [[frame('write'), 30, []]]],
        [frame('toBuffer', 'next/dist/compiled/compression/index.js'), 0, [[frame('from', 'node:buffer'), 3, []]]],
      ],
    ],
    [frame('sendRenderResult', 'next/dist/server/send-payload.js'), 0, [[frame('byteLength', 'node:buffer'), 4, []]]],
    [frame('alloc', 'node:buffer'), 1, []],
  ]);
  const summary = summariseProfile(file, { dir, requests: 10 });

  it('gives µs of CPU per request in each bucket, a stack counted wherever one of its frames falls', () => {
    expect(summary.usPerRequest).toEqual({
      'proxy (Next adapter + proxy.ts)': 120,
      'gzip (compression + zlib)': 450,
      'ETag hash over the HTML': 200,
      'HTML string to bytes (Buffer.from, byteLength)': 70,
      'socket writes': 0,
      'garbage collection': 50,
      idle: 100,
    });
    expect(summary.busyUsPerRequest).toBe(980);
    expect(summary.requests).toBe(10);
  });

  it('counts only the proxy chunks middleware.js names, by their whole path', () => {
    // The page's [turbopack]_runtime.js (chunks/ssr/) shares its name with the proxy's (chunks/).
    expect(summary.usPerRequest['proxy (Next adapter + proxy.ts)']).toBe(120);
  });

  it('lists the functions with the most self time first, with where they are', () => {
    expect(summary.topSelf[0]).toEqual({ fn: 'write', usPerRequest: 300, share: 27.8 });
    expect(summary.topSelf[1]?.fn).toBe(`(anonymous) .next/server/chunks/ssr/page._.js:2:${etagColumn + 1}`);
    expect(summary.topSelf[1]?.usPerRequest).toBe(200);
  });

  it('does not take other code for the ETag hash', () => {
    const other = writeProfile([[frame('', url('ssr/page._.js'), 1, 0), 7, []]]);
    expect(summariseProfile(other, { dir, requests: 7 }).usPerRequest['ETag hash over the HTML']).toBe(0);
  });

  it('sums self time by the package a frame comes from', () => {
    // The built chunks and Next's files here have no node_modules in their path: `code`.
    expect(summary.topPackages.slice(0, 3)).toEqual([
      { package: 'code', usPerRequest: 410, share: 38 },
      { package: 'V8 built-ins', usPerRequest: 300, share: 27.8 },
      { package: 'node: built-ins', usPerRequest: 220, share: 20.4 },
    ]);
  });

  it('takes buckets of its own, for other work than requests', () => {
    const markdown = writeProfile([
      [frame('process', '/p/node_modules/unified/index.js'), 1, [[frame('fromMarkdown', '/p/node_modules/mdast-util-from-markdown/index.js'), 6, [[frame('(garbage collector)'), 2, []]]]]],
      [frame('matter', '/p/node_modules/gray-matter/index.js'), 3, []],
    ]);
    const buckets: [string, (f: { url: string; functionName: string }) => boolean][] = [
      ['markdown', (f) => f.url.includes('/unified/')],
      ['parse', (f) => f.url.includes('/mdast-util-from-markdown/')],
      ['garbage collection', (f) => f.functionName === '(garbage collector)'],
    ];
    const result = summariseProfile(markdown, { dir, requests: 2, buckets });
    expect(result.usPerRequest).toEqual({ markdown: 450, parse: 400, 'garbage collection': 100 });
    expect(result.busyUsPerRequest).toBe(600);
    expect(result.topPackages.map((p) => p.package)).toEqual(['mdast-util-from-markdown', 'gray-matter', '(garbage collector)', 'unified']);
  });
});
