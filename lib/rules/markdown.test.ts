import type { Root } from 'hast';
import { unified, type Processor } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { markdownPipeline, rehypeRawWhenPresent } from './markdown';

const pipeline = unified();
markdownPipeline(pipeline as unknown as Processor);
const html = async (markdown: string) => String(await pipeline.process(markdown));
/**
 * How many <a> elements sit inside another <a> in the tree the pipeline builds (an HTML parser
 * would un-nest them, hiding the fault, so the string is not parsed back).
 */
async function nestedLinks(markdown: string): Promise<number> {
  let nested = 0;
  const tree = (await pipeline.run(pipeline.parse(markdown))) as Root;
  visit(tree, 'element', (node) => {
    if (node.tagName === 'a') visit(node, 'element', (inner) => void (inner !== node && inner.tagName === 'a' && nested++));
  });
  return nested;
}
const levels = (out: string) => [...out.matchAll(/<h(\d)[ >]/g)].map((m) => Number(m[1]));

describe('markdown pipeline: what the archive really contains', () => {
  it('puts the permalink beside a heading that holds a link, so no <a> is inside another', async () => {
    const out = await html('## Read [the report](https://openinfra.dev/annual-report)');
    expect(out).toBe(
      '<div class="heading-group"><h2 id="read-the-report">Read <a href="https://openinfra.dev/annual-report">the report</a></h2>' +
        '<a class="heading-anchor" aria-label="Permalink: Read the report" href="#read-the-report"><span aria-hidden="true">#</span></a></div>',
    );
    expect(await nestedLinks('## Read [the report](https://openinfra.dev/annual-report)')).toBe(0);
  });

  it('makes the highest heading of a body h2 and lets no heading skip a level', async () => {
    expect(levels(await html('### Title-level jump\n\ntext\n\n#### Below\n\n### Again'))).toEqual([2, 3, 2]);
    expect(levels(await html('# An h1 in the body\n\n## Sub\n\n#### Deep'))).toEqual([2, 3, 4]);
    expect(levels(await html('## Fine\n\n### Fine too'))).toEqual([2, 3]);
    expect(levels(await html('## A\n\n##### Skips three'))).toEqual([2, 3]);
  });

  it('gives an empty link its URL as text, and leaves an image link alone', async () => {
    expect(await html('Before [](https://openinfra.dev/join) after')).toBe(
      '<p>Before <a href="https://openinfra.dev/join">https://openinfra.dev/join</a> after</p>',
    );
    expect(await html('[![Zuul](https://zuul-ci.org/logo.svg)](https://zuul-ci.org)')).toContain('<a href="https://zuul-ci.org"><img');
  });

  it('turns a blank header cell into a plain cell, keeping the others', async () => {
    const out = await html('|   | 2023 | 2024 |\n| --- | --- | --- |\n| Members | 1 | 2 |');
    expect(out).toContain('<thead>\n<tr>\n<td></td>\n<th>2023</th>\n<th>2024</th>');
    expect(out).not.toMatch(/<th>\s*<\/th>/);
  });

  it('gives a local image that is missing no size, and a remote one lazy loading only', async () => {
    const out = await html('![first](/img/does-not-exist.png)\n\n![second](https://example.org/x.png)');
    expect(out).toContain('<img src="/img/does-not-exist.png" alt="first" loading="eager" decoding="async">');
    expect(out).toContain('<img src="https://example.org/x.png" alt="second" loading="lazy" decoding="async">');
  });
});

describe('rehype-raw, only for a body with raw HTML', () => {
  const through = (raw: typeof rehypeRaw | typeof rehypeRawWhenPresent) => {
    const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(raw).use(rehypeStringify);
    return async (markdown: string) => String(await processor.process(markdown));
  };
  const always = through(rehypeRaw);
  const whenPresent = through(rehypeRawWhenPresent);

  it.each([
    '# Title\r\n\r\nSome text\r\nwith CRLF\r\n\r\n- a\r\n- b\r\n',
    'NUL \u0000 char, \u000C form feed and a \r lone CR',
    '| a | b |\n|---|---|\n',
    '|  | b |\n|---|---|\n| 1 | 2 |\n',
    '- [ ] task\n- [x] done',
    'www.example.com and https://x.y/z?q=1&r=2 and ~~strike~~',
    '![alt](/img/a.png "title") ![](/b.jpg)',
    '```js\nconst a = 1 < 2 && 3 > 2;\n```',
    'line  \nbreak\\\nother',
    '&copy; &amp; &lt;div&gt; \\<span>',
    '1. one\n   - nested\n     > quote\n2. two\n\n   para',
    'a\u00a0b \u2028 \ufeff z',
  ])('gives what rehype-raw gives for a body without raw HTML: %j', async (markdown) => {
    expect(await whenPresent(markdown)).toBe(await always(markdown));
  });

  it('still turns raw HTML into elements', async () => {
    const markdown = 'Text with <em>inline</em> html\n\n<div align="center"><img src="/a.png"></div>';
    expect(await whenPresent(markdown)).toBe(await always(markdown));
    expect(await whenPresent(markdown)).toContain('<em>inline</em>');
  });
});

describe('links within a post', () => {
  const ids = (out: string) => new Set([...out.matchAll(/ (?:id|name)="([^"]+)"/g)].map((m) => m[1]));
  const hrefs = (out: string) => [...out.matchAll(/ href="#([^"]+)"/g)].map((m) => m[1]!);

  it('takes a footnote to its note and back', async () => {
    const out = await html('A claim[^1] and another[^note].\n\n[^1]: The source.\n[^note]: A second source.');
    expect(hrefs(out).length).toBeGreaterThanOrEqual(4);
    // Every in-page link, the footnotes' and the way back, has its target in the page.
    for (const target of hrefs(out)) expect(ids(out)).toContain(target);
    expect(out).not.toContain('user-content-user-content-');
  });

  it("reaches an editor's named anchor, which the sanitiser renamed, and leaves heading links alone", async () => {
    const out = await html('<a name="top"></a><a id="café"></a>\n\n## Second part\n\n[Back up](#top), [to the part](#second-part), [elsewhere](#nowhere), [encoded](#caf%C3%A9)');
    expect(out).toContain('name="user-content-top"');
    expect(out).toContain('<a href="#user-content-top">Back up</a>');
    expect(out).toContain('<a href="#second-part">to the part</a>');
    expect(out).toContain('<a href="#nowhere">elsewhere</a>');
    expect(out).toContain('<a href="#user-content-caf%C3%A9">encoded</a>');
  });
});
