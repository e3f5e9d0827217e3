import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSearchIndex, isSearchable } from './search-index.mjs';
import { searchIndexAttributes } from '../lib/search/query';
import { fileTree } from '../test/generated-tree';

describe('isSearchable', () => {
  it('finds the attribute on an element', () => {
    expect(isSearchable('<article class="mx-auto" data-pagefind-body="" data-date="x">')).toBe(true);
    expect(isSearchable('<div data-pagefind-body>')).toBe(true);
  });

  it('ignores the words in prose and look-alike attributes', () => {
    expect(isSearchable('<p>Put <code>&lt;article data-pagefind-body&gt;</code> on the post.</p>')).toBe(false);
    expect(isSearchable('<div data-pagefind-body-x="1">')).toBe(false);
    expect(isSearchable('<article data-pagefind-ignore>')).toBe(false);
  });
});

const attrs = (a: Record<string, string>) =>
  Object.entries(a)
    .map(([k, v]) => (v ? `${k}="${v}"` : k))
    .join(' ');

const page = (main: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><header><nav>Blog Categories Authors</nav></header><main>${main}</main></body></html>`;

const article = (post: { hidden: boolean; title: string; body: string }) =>
  page(`<article ${attrs(searchIndexAttributes({ ...post, publishedAt: '2021-09-08T14:49:35.540Z', excerpt: 'The first words, with a comma.' }))}>
    <header><div data-pagefind-ignore><ul><li>Community</li></ul></div><h1>${post.title}</h1>
    <div data-pagefind-ignore><p>By Allison Price · 3 min read</p></div></header>
    <div class="prose"><p>${post.body}</p></div>
    <section data-pagefind-ignore><h2>Related posts</h2><a href="/blog/other">Zebra crossing</a></section></article>`);

type Fragment = { url: string; content: string; meta: Record<string, string> };

function fragments(dir: string): Fragment[] {
  return fs.readdirSync(path.join(dir, 'fragment')).map((name) => {
    const text = zlib.gunzipSync(fs.readFileSync(path.join(dir, 'fragment', name))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
  });
}

describe('buildSearchIndex', () => {
  let site: string;
  beforeEach(() => {
    site = fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
  });
  afterEach(() => fs.rmSync(site, { recursive: true, force: true }));

  const write = (file: string, html: string) => {
    fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    fs.writeFileSync(path.join(site, file), html);
  };

  it('indexes listed articles only, at their clean URL, with their metadata', async () => {
    write('blog/listed-post.html', article({ hidden: false, title: 'Magma joins', body: 'The Magma 5G project.' }));
    write('blog/unlisted-post-for-reviewers.html', article({ hidden: true, title: 'Unlisted', body: 'Only for reviewers.' }));
    write('blog.html', page('<h1>All posts</h1><p>Magma joins, for reviewers.</p>'));
    write('index.html', page('<h1>Home</h1>'));
    const output = path.join(site, 'pagefind');
    write('pagefind/stale.pf_fragment', 'from an earlier build');
    // Inside the bundle's folder (out/pagefind in an export) nothing is a page, whatever it holds.
    write('pagefind/stale.html', article({ hidden: false, title: 'Stale', body: 'Left in the output folder.' }));

    const result = await buildSearchIndex(site, output);

    expect(result.pages).toBe(1);
    const found = fragments(output);
    expect(found).toEqual([
      {
        url: '/blog/listed-post',
        content: 'Magma joins. The Magma 5G project.',
        word_count: 6,
        filters: {},
        meta: { title: 'Magma joins', date: '2021-09-08T14:49:35.540Z', excerpt: 'The first words, with a comma.' },
        anchors: [],
      },
    ]);
    expect(fs.readdirSync(output).sort()).toEqual(
      expect.arrayContaining(['fragment', 'index', 'pagefind-entry.json', 'pagefind-worker.js', 'pagefind.js']),
    );
    expect(fs.readdirSync(output).filter((f) => /ui|highlight|stale/.test(f))).toEqual([]);
    const entry = JSON.parse(fs.readFileSync(path.join(output, 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(1);
  }, 30_000);

  it('gives the same bundle, byte for byte, for the same pages, with many pages in flight at once', async () => {
    for (let i = 0; i < 60; i++) write(`blog/post-${i}.html`, article({ hidden: false, title: `Post ${i} of sixty`, body: `Words ${i} of the body.` }));
    const first = await buildSearchIndex(site, path.join(site, 'pagefind-1'));
    const second = await buildSearchIndex(site, path.join(site, 'pagefind-2'));
    expect([first.pages, second.pages]).toEqual([60, 60]);
    expect(fragments(path.join(site, 'pagefind-1')).map((f) => f.url).sort()).toEqual(Array.from({ length: 60 }, (_, i) => `/blog/post-${i}`).sort());
    expect(fileTree(path.join(site, 'pagefind-2'))).toEqual(fileTree(path.join(site, 'pagefind-1')));
  }, 60_000);

  it("hands Pagefind each page without its scripts, and gets the bundle the whole page gives", async () => {
    const withScripts = (n: number) =>
      article({ hidden: false, title: `Post ${n} with scripts`, body: `Body ${n}.` })
        .replace('<head>', '<head><script src="/_next/static/chunks/a.js" async=""></script>')
        .replace('</article>', `<script type="application/ld+json">{"headline":"Zebra ${n}"}</script></article><script>self.__next_f.push([1,"Quagga ${n}"])</script>`);
    for (let i = 0; i < 3; i++) write(`blog/post-${i}.html`, withScripts(i));
    await buildSearchIndex(site, path.join(site, 'pagefind'));
    // The same pages, whole, straight into Pagefind.
    const pagefind = await import('pagefind');
    const { index } = await pagefind.createIndex({});
    for (let i = 0; i < 3; i++) await index!.addHTMLFile({ url: `/blog/post-${i}`, content: withScripts(i) });
    await index!.writeFiles({ outputPath: path.join(site, 'whole') });
    await pagefind.close();
    const kept = fileTree(path.join(site, 'pagefind'));
    const whole = fileTree(path.join(site, 'whole'));
    expect(Object.keys(kept).length).toBeGreaterThan(5);
    expect(kept).toEqual(Object.fromEntries(Object.keys(kept).map((f) => [f, whole[f]])));
    expect(fragments(path.join(site, 'pagefind')).map((f) => f.content).join(' ')).not.toMatch(/Zebra|Quagga/);
  }, 60_000);

  it('refuses to write an empty index, naming the folder', async () => {
    write('blog.html', page('<h1>All posts</h1>'));
    await expect(buildSearchIndex(site, path.join(site, 'pagefind'))).rejects.toThrow(
      `No page under ${site} carries data-pagefind-body`,
    );
  }, 30_000);

  it('refuses a folder that does not exist', async () => {
    await expect(buildSearchIndex(path.join(site, 'nope'), path.join(site, 'out'))).rejects.toThrow('is not a directory');
  });
});
