import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authorSavePatches, FILE_SLUG_KEY, fromFile, postSavePatches, randomUuid, toFile } from './cms-format';
import { parseFrontmatter } from './frontmatter';
import { checkContext, checkPost } from './validate';

const ORDER = ['templateKey', 'title', 'author', 'date', 'category', 'hidePost', 'seo', 'body'];
const apply = (data: Record<string, unknown>, patches: [string[], string][]) => {
  const out = structuredClone(data);
  for (const [path, value] of patches) {
    let node = out;
    for (const key of path.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[path.at(-1)!] = value;
  }
  return out;
};

// What the CMS hands the format after an editor filled the form (category from the picker, date from the datetime widget).
const saved = {
  title: 'What’s new in Zuul 5.0',
  author: 'Allison Price',
  date: '2026-11-30T09:30:00.000Z',
  category: [{ value: 'category-h2Ztx9rpD', label: 'Community' }, { value: 'category-events', label: 'Events' }],
  hidePost: false,
  templateKey: 'blog-post',
  body: '## What changed\n\nRead the [release notes](https://zuul-ci.org/docs/).\n',
};

describe('the save hook', () => {
  it('fills what npm run new writes and names the file by the slug rule (apostrophes dropped, dots a dash)', () => {
    const patches = postSavePatches(saved, true, 'https://openinfra.org');
    expect(patches).toEqual([
      [['seo', 'title'], 'What’s new in Zuul 5.0'],
      [['seo', 'url'], 'https://openinfra.org/blog/whats-new-in-zuul-5-0'],
      [['seo', 'description'], ''],
      [['seo', 'twitterUsername'], '@OpenInfraDev'],
      [[FILE_SLUG_KEY], 'whats-new-in-zuul-5-0'],
    ]);
  });

  it('keeps what the editor wrote; the file takes the slug of seo.url, as the site does', () => {
    const patches = postSavePatches({ ...saved, seo: { title: 'Zuul 5', url: 'https://openinfra.dev/blog/zuul-five', description: 'Short.', twitterUsername: '@zuul' } });
    expect(patches).toEqual([[[FILE_SLUG_KEY], 'zuul-five']]);
  });

  it('a profile file is named by the slug posts are matched with', () => {
    expect(authorSavePatches({ authorName: 'Ildikó Váncsa' })).toEqual([[[FILE_SLUG_KEY], 'ildiko-vancsa']]);
  });

  it('a post or profile that exists is saved as the editor left it: nothing filled in', () => {
    expect(postSavePatches({ title: 'Old post', author: 'A', date: '2020-11-6T08:00:00.000Z' }, false)).toEqual([]);
    expect(authorSavePatches({ authorName: 'A' }, false)).toEqual([]);
  });
});

describe('the file format', () => {
  it('writes the editors’ frontmatter, in the schema order, without the file-slug key, and content:check finds nothing', () => {
    const source = toFile(apply(saved, postSavePatches(saved)), ORDER);
    expect(source).toBe(`---
templateKey: blog-post
title: What’s new in Zuul 5.0
author: Allison Price
date: 2026-11-30T09:30:00.000Z
category:
  - value: category-h2Ztx9rpD
    label: Community
  - value: category-events
    label: Events
hidePost: false
seo:
  title: What’s new in Zuul 5.0
  url: https://blog.example.org/blog/whats-new-in-zuul-5-0
  description: ""
  twitterUsername: "@OpenInfraDev"
---

## What changed

Read the [release notes](https://zuul-ci.org/docs/).
`);
    const ctx = checkContext('test/fixtures/content/authors', 'test/fixtures/public');
    expect(checkPost('content/posts/whats-new-in-zuul-5-0.md', source, ctx)).toEqual({ problems: [], slug: 'whats-new-in-zuul-5-0', images: [] });
  });

  it('reads a post as content:check does, and writes it back with the same fields', () => {
    const source = fs.readFileSync('content/posts/the-openinfra-community-is-thriving.md', 'utf8');
    const read = fromFile(source);
    const parsed = parseFrontmatter(source);
    if (!('data' in parsed)) throw new Error('fixture does not parse');
    const { body, ...fields } = read;
    expect(fields).toEqual(parsed.data);
    expect(body).toBe(parsed.body.replace(/^\n+/, ''));
    const again = parseFrontmatter(toFile(read, ORDER));
    expect('data' in again && again.data).toEqual(parsed.data);
  });

  it('leaves out empty values and writes Date objects as ISO 8601', () => {
    expect(toFile({ title: 'T', author: null, date: new Date(Date.UTC(2026, 0, 2)), seo: { image: undefined, url: 'x' }, body: '' }, ORDER)).toBe(
      '---\ntitle: T\ndate: 2026-01-02T00:00:00.000Z\nseo:\n  url: x\n---\n',
    );
  });

  it('a file without frontmatter is all body', () => {
    expect(fromFile('Just text.\n')).toEqual({ body: 'Just text.\n' });
  });
});

describe('randomUuid (for pages on plain http, where crypto.randomUUID is missing)', () => {
  it('is a version-4 UUID of the random bytes', () => {
    expect(randomUuid((b) => b.fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(randomUuid((b) => b.fill(0))).toBe('00000000-0000-4000-8000-000000000000');
    expect(randomUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
