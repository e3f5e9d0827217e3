import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileTree } from '../test/generated-tree';

// `npm run build` ends with `security:headers --search-index`: one pass over the built pages that
// also builds the search index. It must leave exactly what the two steps left one after the other
// (the index first, from the pages as next build wrote them), whatever the pages hold.

const root = process.cwd();
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

const page = (title: string, main: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>${title}</title>` +
  `<script>document.documentElement.dataset.t="${title}"</script></head><body><main>${main}</main>` +
  `<script>self.__next_f.push([1,"${title} — payload"])</script></body></html>`;

const article = (n: number) =>
  page(
    `It’s post ${n}`,
    `<article data-pagefind-body data-pagefind-meta="date:2021-09-08"><h1 id="t${n}">It’s post ${n} — café</h1>` +
      `<p>Naïve façade, “quotes” and 日本語 in post ${n}</p><script type="application/ld+json">{"headline":"It’s ${n}"}</script></article>`,
  );

/** A static export's out/ (the shape security:headers reads under NEXT_OUTPUT=export) in `dir`. */
function writeSite(dir: string) {
  const write = (file: string, html: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, 'out', file)), { recursive: true });
    fs.writeFileSync(path.join(dir, 'out', file), html);
  };
  for (let i = 0; i < 24; i++) write(`blog/post-${i}.html`, article(i));
  write('blog.html', page('All posts', '<h1>All posts — 24</h1>'));
  write('index.html', page('Home', '<h1>Home ©</h1>'));
  write('404.html', page('Not found', '<h1>This page isn’t here</h1>'));
}

const run = (cwd: string, args: string[]) =>
  execFileSync(args[0]!.endsWith('.mjs') ? process.execPath : tsx, args, { cwd, env: { ...process.env, NEXT_OUTPUT: 'export' }, encoding: 'utf8' });

describe('security:headers --search-index', () => {
  let work: string;
  let apart: string;
  let together: string;
  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'security-headers-'));
    apart = path.join(work, 'apart');
    together = path.join(work, 'together');
    writeSite(apart);
    writeSite(together);
    run(apart, [path.join(root, 'scripts', 'search-index.mjs'), 'out', 'out/pagefind']);
    run(apart, [path.join(root, 'scripts', 'security-headers.ts')]);
  }, 60_000);
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('leaves the same pages, headers and search bundle, byte for byte, as the search index and then the headers', () => {
    const log = run(together, [path.join(root, 'scripts', 'security-headers.ts'), '--search-index']);
    expect(log).toMatch(/search index: 24 pages from out -> out\/pagefind \(\d+ files, \d+ KB, [\d.]+s, beside the security headers\)/);
    expect(log).toContain('pages in ASCII: 27 of 27 rewritten');
    const expected = fileTree(path.join(apart, 'out'));
    expect(Object.keys(expected).filter((f) => f.startsWith('pagefind/fragment/'))).toHaveLength(24);
    expect(fs.readFileSync(path.join(apart, 'out', 'blog', 'post-3.html'), 'utf8')).toContain('It&#x2019;s post 3');
    expect(fileTree(path.join(together, 'out'))).toEqual(expected);
  }, 60_000);
});
