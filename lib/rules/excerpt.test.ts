import { unified, type Processor } from 'unified';
import { describe, expect, it } from 'vitest';
import { excerpt as excerptOfHtml, plainText as plainTextOfHtml } from './excerpt';
import { markdownPipeline } from './markdown';
import { truncateAtWord } from './text';

// Markdown in, text out, through the site's own pipeline: contentlayer renders the body, then
// reads the excerpt from that HTML.
const pipeline = unified();
markdownPipeline(pipeline as unknown as Processor);
const html = async (markdown: string) => String(await pipeline.process(markdown));
const plainText = async (markdown: string) => plainTextOfHtml(await html(markdown));
const excerpt = async (markdown: string, max?: number) => excerptOfHtml(await html(markdown), max);

describe('plainText', () => {
  it.each([
    ['# Heading\n\nA paragraph.', 'Heading A paragraph.'],
    ['Setext heading\n==============\n\ntext', 'Setext heading text'],
    ['Some *em*, _em_, **bold**, __bold__, ~~struck~~ and `code`.', 'Some em, em, bold, bold, struck and code.'],
    ['snake_case_name and file_name.txt', 'snake_case_name and file_name.txt'],
    ['2 * 3 * 4 = 24', '2 * 3 * 4 = 24'],
    ['\\*not emphasis\\* and 1\\. not a list', '*not emphasis* and 1. not a list'],
    ['[OpenInfra Foundation](https://openinfra.dev/) has signed', 'OpenInfra Foundation has signed'],
    ['A [reference link][1].\n\n[1]: https://example.com "Title"', 'A reference link.'],
    ['Before ![OpenInfra Members](/img/nascar.jpg "Members") after', 'Before after'],
    ['[![badge](/b.svg)](https://ci) text', 'text'],
    ['Autolink <https://www.openstack.org/events>', 'Autolink https://www.openstack.org/events'],
    ['<div align="center"><img src="/a.png"></div>Text<br/>more', 'Text more'],
    ['Keep a < b and c > d', 'Keep a < b and c > d'],
    ['Fish &amp; chips&nbsp;today &#8217;s &#x2019;s &bogus;', 'Fish & chips today ’s ’s &bogus;'],
    ['> A quote\n\n- item one\n* item two\n1. first\n2) second', 'A quote item one item two first second'],
    ['| Project | Release |\n| --- | :---: |\n| Zuul | 4.0 |', 'Project Release Zuul 4.0'],
    ['Above\n\n---\n\n***\n\nBelow', 'Above Below'],
    ['Text\n\n```js\nconst x = 1;\n```\n\n~~~\nmore code\n~~~\nend', 'Text end'],
    ['Visible <!-- an editor note --> text', 'Visible text'],
    ['**\\\nWant to be a part of it? [Join us!](https://openinfra.dev/join/)**', 'Want to be a part of it? Join us!'],
    ['  lots   of\n\n\n  space  ', 'lots of space'],
    ['un**believ**able, one line\\\nthe next', 'unbelievable, one line the next'],
  ])('%j -> %j', async (markdown, text) => {
    expect(await plainText(markdown)).toBe(text);
  });
});

describe('excerpt', () => {
  it('returns short text whole', async () => {
    expect(await excerpt('A short body with **bold** text.')).toBe('A short body with bold text.');
  });

  it('cuts long text at a word boundary, within the limit, with an ellipsis', async () => {
    const body = 'Celebrating its tenth anniversary this year, the OpenInfra Foundation builds communities who write open source infrastructure software that runs in production, all over the world.';
    const result = await excerpt(body);
    expect(result).toBe('Celebrating its tenth anniversary this year, the OpenInfra Foundation builds communities who write open source infrastructure software that runs in…');
    expect(result.length).toBeLessThanOrEqual(160);
  });

  it('drops punctuation before the ellipsis', async () => {
    expect(await excerpt('alpha beta, gamma delta', 13)).toBe('alpha beta…');
  });

  it('cuts inside a word only when there is no space in the second half', async () => {
    expect(await excerpt('a'.repeat(300))).toBe(`${'a'.repeat(159)}…`);
    expect(await excerpt(`word ${'x'.repeat(300)}`, 20)).toBe(`word ${'x'.repeat(14)}…`);
  });

  it('honours a custom limit', async () => {
    expect(await excerpt('one two three four five six', 12)).toBe('one two…');
  });

  it('is empty for a body with no text', async () => {
    expect(await excerpt('![only an image](/img/x.png)\n\n<!-- and a comment -->')).toBe('');
  });

  // The excerpt reads a prefix of the HTML, not all of it: wherever that prefix ends (inside a code
  // block, a table, a heading's permalink, an entity, a list, raw HTML), it must give what the whole does.
  it('is what the whole text gives, wherever the part of the HTML it reads ends', async () => {
    const blocks = [
      '## A heading with a [link](https://openinfra.dev/) & an ampersand',
      'Fish &amp; chips, caf\u00e9 cr\u00e8me, “quotes” and a very-long-hyphenated-compound-word-to-cut.',
      '```\n' + 'code that is not prose '.repeat(40) + '\n```',
      '| Project | Release |\n| --- | --- |\n' + '| Zuul | 4.0 |\n'.repeat(12),
      '- item one with text\n- item two with more text\n  - nested item\n',
      '<div align="center"><img src="/a.png" alt="x"> raw <b>HTML</b> block</div>',
      '![an image](/img/x.png) and words after it, with *emphasis* and `code`.',
      '> A quotation that goes on for a while, to fill the line up with prose.',
    ];
    const bodies = Array.from({ length: 16 }, (_, n) => Array.from({ length: 12 }, (_, i) => blocks[(i * (n + 3)) % blocks.length]).join('\n\n'));
    let compared = 0;
    for (const body of bodies) {
      const rendered = await html(body);
      const whole = plainTextOfHtml(rendered);
      for (const max of [20, 57, 100, 160, 233, 400]) {
        expect(excerptOfHtml(rendered, max)).toBe(truncateAtWord(whole, max));
        if (rendered.length > max * 6) compared++;
      }
    }
    // Most cases read a prefix (the HTML is longer than the first one tried).
    expect(compared).toBeGreaterThan(60);
  });
});
