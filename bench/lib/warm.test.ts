import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pagesNaming, publishedPost, unexpectedChanges } from './warm.mjs';

const POST = `---
templateKey: blog-post
title: Airship Announces a New Member
author: Ashlee Lindqvist
date: 2022-02-12T15:26:07.307Z
category:
  - value: category-J5rTyU2io
    label: Releases
hidePost: false
seo:
  description: A description.
  url: https://openinfra.dev/blog/airship-announces-a-new-member
  twitterUsername: "@OpenInfraDev"
---
Body.
`;

describe('publishedPost', () => {
  it('gives the copy a new title, date and address, and keeps the rest', () => {
    const text = publishedPost(POST, 'a-new-post', new Date('2026-12-06T00:00:00.000Z'));
    expect(text).toContain('title: A Post Published to Measure the Warm Rebuild\n');
    expect(text).toContain('date: 2026-12-06T00:00:00.000Z\n');
    expect(text).toContain('  url: https://openinfra.dev/blog/a-new-post\n');
    expect(text).toContain('author: Ashlee Lindqvist\n');
    expect(text).toContain('    label: Releases\n');
    expect(text).not.toContain('airship-announces-a-new-member');
  });

  it('refuses a file without the seo.url line to change', () => {
    expect(() => publishedPost(POST.replace(/ {2}url: .*\n/, ''), 'a-new-post', new Date())).toThrow(/seo\.url/);
  });
});

describe('pagesNaming', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warm-'));
  const blog = path.join(dir, '.next', 'server', 'app', 'blog');
  fs.mkdirSync(blog, { recursive: true });
  const page = (slug: string, html: string) => {
    fs.writeFileSync(path.join(blog, `${slug}.html`), html);
    return path.join('.next', 'server', 'app', 'blog', `${slug}.html`);
  };
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('counts a page whose markup links the post, not one that names it only in a script', () => {
    const changed = [
      page('neighbour', '<a href="/blog/new-post" rel="next">Next</a>'),
      page('payload-only', '<p>x</p><script>self.__next_f.push([1,"\\"/blog/new-post\\""])</script>'),
      page('longer-slug', '<a href="/blog/new-post-2">other</a>'),
      path.join('.next', 'server', 'app', 'blog', 'gone.html'),
    ];
    expect([...pagesNaming(dir, changed, 'new-post')]).toEqual(['neighbour']);
  });
});

describe('unexpectedChanges', () => {
  const changed = [
    '.next/server/app/blog/edited.html',
    '.next/server/app/blog/edited.segments/_full.segment.rsc',
    '.next/server/app/blog/other.html',
    '.next/server/app/blog/other/opengraph-image.body',
    '.next/server/app/blog/page/2.html',
    '.next/server/app/blog/category/releases.html',
    '.next/server/app/index.html',
    '.next/server/app/rss.xml.body',
    'public/pagefind/pagefind-entry.json',
  ];

  it('lists the pages of articles outside the allowed ones, and nothing else', () => {
    expect(unexpectedChanges(changed, new Set(['edited']))).toEqual(['.next/server/app/blog/other.html', '.next/server/app/blog/other/opengraph-image.body']);
    expect(unexpectedChanges(changed, new Set(['edited', 'other']))).toEqual([]);
  });
});
