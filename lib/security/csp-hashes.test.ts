import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Text } from 'hast';
import { describe, expect, it } from 'vitest';
import { asciiPagesManifest, inlineScriptHashes, scriptHash } from './csp-hashes';

const sha = (text: string) => crypto.createHash('sha256').update(text).digest('base64');

/** What a browser sees, from a real HTML parser: the text of every inline script it would run. */
function parse5InlineScripts(html: string): string[] {
  const texts: string[] = [];
  visit(fromHtml(html), 'element', (node: Element) => {
    if (node.tagName !== 'script' || node.properties.src !== undefined) return;
    const type = String(node.properties.type ?? '').trim().toLowerCase();
    if (type && type !== 'module' && type !== 'text/javascript') return;
    const text = node.children.map((c) => (c as Text).value).join('');
    if (text) texts.push(text);
  });
  return texts;
}

const PAGE = [
  '<!DOCTYPE html><html><head>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  "<script>(function(){var t=localStorage.getItem('theme');})();</script>",
  '<script type="application/ld+json" id="website">{"@type":"WebSite","name":"a</b"}</script>',
  '<script data-note="a>b" id="_R_">(globalThis.TURBOPACK||[]).push(1)</script>',
  '</head><body><p>x &lt;script&gt;alert(1)&lt;/script&gt;</p>',
  '<script>self.__next_f.push([1,"\\u003c/script\\u003e"])</script>',
  '<SCRIPT type="module">import "/x.js"</SCRIPT >',
  '<script>line1\r\nline2</script>',
  '<script></script><script type="text/plain">not run</script>',
  "<script>(function(){var t=localStorage.getItem('theme');})();</script>",
  '</body></html>',
].join('');

describe('inlineScriptHashes', () => {
  it('hashes exactly the inline scripts a browser runs, as parse5 reads them, once each', () => {
    const expected = [...new Set(parse5InlineScripts(PAGE).map(sha))];
    expect(expected).toHaveLength(5);
    expect(inlineScriptHashes(PAGE)).toEqual(expected);
  });

  it('hashes the text as a browser does (CR LF as LF), in the base64 CSP expects', () => {
    expect(inlineScriptHashes('<script>a\r\nb</script>')).toEqual([sha('a\nb')]);
    expect(scriptHash('alert(1)')).toBe('bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
  });

  it('skips JSON-LD, external scripts and empty scripts', () => {
    expect(inlineScriptHashes('<script type="application/ld+json">{}</script><script src="/a.js"></script><script></script>')).toEqual([]);
  });
});

describe('asciiPagesManifest', () => {
  it('reads every page of a built folder, and the not-found page apart', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-'));
    fs.mkdirSync(path.join(dir, 'blog'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<script>home()</script>');
    fs.writeFileSync(path.join(dir, 'blog', 'x.html'), '<script>x()</script><script>shared()</script>');
    fs.writeFileSync(path.join(dir, '404.html'), '<script>missing()</script>');
    expect(asciiPagesManifest(dir)).toEqual({
      manifest: { notFound: [sha('missing()')], pages: { '/': [sha('home()')], '/blog/x': [sha('x()'), sha('shared()')] } },
      ascii: { pages: 3, rewritten: 0, left: [] },
    });
  });

  it('hashes the scripts of each page as written in ASCII, the form that is served', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-'));
    fs.mkdirSync(path.join(dir, 'blog'));
    fs.writeFileSync(path.join(dir, 'blog', 'x.html'), '<h1>A → B</h1><script>go("→")</script>');
    fs.writeFileSync(path.join(dir, '_not-found.html'), '<script>missing("—")</script>');
    const { manifest, ascii } = asciiPagesManifest(dir, ['blog/x.html', '_not-found.html']);
    expect(ascii).toEqual({ pages: 2, rewritten: 2, left: [] });
    expect(fs.readFileSync(path.join(dir, 'blog', 'x.html'), 'utf8')).toBe('<h1>A &#x2192; B</h1><script>go("\\u2192")</script>');
    expect(manifest).toEqual({ notFound: [sha('missing("\\u2014")')], pages: { '/blog/x': [sha('go("\\u2192")')] } });
  });

  it('refuses a folder without a not-found page, which would leave every other path without a policy', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<p>x</p>');
    expect(() => asciiPagesManifest(dir)).toThrow(`${dir} holds no _not-found.html or 404.html`);
  });
});
