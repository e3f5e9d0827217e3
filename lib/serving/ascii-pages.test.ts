import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { fromHtml } from 'hast-util-from-html';
import { afterAll, describe, expect, it } from 'vitest';
import { asciiHtml, asciiPages, type AsciiPass } from './ascii-pages';
import { htmlFiles } from './page-files';

// A page as React and Next write it: text, attributes and a title, Next's RSC payload script and a
// JSON-LD block, with characters above U+007F in each (one outside the Basic Multilingual Plane).
const flight = `self.__next_f.push([1,${JSON.stringify('2:["$","p",null,{"children":"Next post → ©"}]\n3:T12,<p>Zürich — 🚀</p>')}])`;
const jsonLd = JSON.stringify({ '@type': 'BlogPosting', headline: 'Zürich — “quoted” 🚀', author: { name: 'Ghanshyam Váncsa' } });
const page = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>Zürich — OpenInfra</title>',
  '<meta name="description" content="Café… “quoted”"/></head><body>',
  '<nav aria-label="More posts"><a href="/blog/x">Next post →</a></nav><p>© <!-- -->OpenInfra · 🚀</p>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  `<script>${flight}</script>`,
  `<script type="application/ld+json">${jsonLd}</script>`,
  '</body></html>',
].join('');

/** The page's tree as a browser builds it, without positions and without scripts' text. */
function tree(html: string) {
  const strip = (node: Record<string, unknown>): unknown => {
    const { position, children, ...rest } = node;
    void position;
    const isScript = rest.tagName === 'script';
    return { ...rest, children: isScript ? [] : ((children as Record<string, unknown>[] | undefined) ?? []).map(strip) };
  };
  return strip(fromHtml(html) as unknown as Record<string, unknown>);
}

/** What the page's scripts say: the values pushed to Next's payload, and the JSON-LD parsed. */
function scripts(html: string) {
  const root = fromHtml(html);
  const found: { pushed: unknown[]; json: unknown[] } = { pushed: [], json: [] };
  const visit = (node: { type: string; tagName?: string; properties?: Record<string, unknown>; children?: unknown[]; value?: string }) => {
    if (node.tagName === 'script' && node.children?.length) {
      const text = (node.children as { value: string }[]).map((c) => c.value).join('');
      if (node.properties?.type === 'application/ld+json') found.json.push(JSON.parse(text));
      else vm.runInNewContext(text, { self: { __next_f: { push: (value: unknown) => found.pushed.push(value) } } });
    }
    for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
  };
  visit(root as unknown as Parameters<typeof visit>[0]);
  return found;
}

describe('asciiHtml', () => {
  const ascii = asciiHtml(page)!;

  it('writes the page in ASCII', () => {
    expect(ascii).not.toBeNull();
    expect(ascii).toMatch(/^[\x00-\x7f]*$/);
    expect(ascii).toContain('Next post &#x2192;');
    expect(ascii).toContain('&#x1f680;');
  });

  it('means the same to a browser: the same document, attributes and text, read by parse5', () => {
    expect(tree(ascii)).toEqual(tree(page));
  });

  it('means the same to the scripts: Next gets the same payload, a crawler the same JSON-LD', () => {
    const before = scripts(page);
    expect(before.pushed).toHaveLength(1);
    expect(before.json).toHaveLength(1);
    expect(scripts(ascii)).toEqual(before);
  });

  it('returns an ASCII page as it is', () => {
    const plain = '<!DOCTYPE html><p>plain</p><script>self.__next_f.push([1,"x"])</script>';
    expect(asciiHtml(plain)).toBe(plain);
  });

  it('leaves a page where no ASCII form would mean the same', () => {
    // CSS has escapes of its own; a template's text is no JavaScript; "\→" in JavaScript is "→", "\\u2192" is not.
    expect(asciiHtml('<style>a::after{content:"→"}</style><p>→</p>')).toBeNull();
    expect(asciiHtml('<p>→</p><script type="text/template"><p>→</p></script>')).toBeNull();
    expect(asciiHtml('<p>→</p><script>var a="\\→"</script>')).toBeNull();
  });

  it('escapes a character after an escaped backslash', () => {
    const html = '<p>x</p><script>self.__next_f.push([1,"\\\\→"])</script>';
    const out = asciiHtml(html)!;
    expect(out).toMatch(/^[\x00-\x7f]*$/);
    expect(scripts(out)).toEqual(scripts(html));
  });
});

describe('asciiPages', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ascii-pages-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('rewrites the pages that need it, leaves the rest untouched and names those it cannot', () => {
    fs.mkdirSync(path.join(dir, 'blog'));
    fs.writeFileSync(path.join(dir, 'blog', 'x.html'), page);
    fs.writeFileSync(path.join(dir, 'index.html'), '<p>plain</p>');
    fs.writeFileSync(path.join(dir, 'styled.html'), '<style>p{}</style><p>→</p>');
    fs.writeFileSync(path.join(dir, 'x.rsc'), '2:"→"');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(path.join(dir, 'index.html'), old, old);
    const untouched = fs.statSync(path.join(dir, 'index.html'));

    const pass: AsciiPass = { pages: 0, rewritten: 0, left: [] };
    const yielded = [...asciiPages(dir, htmlFiles(dir), pass)];
    expect(pass).toEqual({ pages: 3, rewritten: 1, left: ['styled.html'] });
    // Each page is handed on as it now is on disk, for the CSP hashes to read without reading it again.
    expect(yielded.map((p) => p.file).sort()).toEqual([path.join('blog', 'x.html'), 'index.html', 'styled.html']);
    for (const { file, html } of yielded) expect(html, file).toBe(fs.readFileSync(path.join(dir, file), 'utf8'));
    expect(fs.readFileSync(path.join(dir, 'blog', 'x.html'), 'utf8')).toBe(asciiHtml(page));
    const after = fs.statSync(path.join(dir, 'index.html'));
    expect([after.ino, after.mtimeMs]).toEqual([untouched.ino, untouched.mtimeMs]);
    expect(fs.readFileSync(path.join(dir, 'styled.html'), 'utf8')).toBe('<style>p{}</style><p>→</p>');
    // The RSC payload is bytes Next sends as they are, counted in bytes: never touched.
    expect(fs.readFileSync(path.join(dir, 'x.rsc'), 'utf8')).toBe('2:"→"');
    expect(fs.readdirSync(dir).sort()).toEqual(['blog', 'index.html', 'styled.html', 'x.rsc']);
  });
});
