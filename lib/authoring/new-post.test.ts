import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseFrontmatter } from './frontmatter';
import { categoryItem, createPost, newPostCommand, postFrontmatter } from './new-post';
import { checkPost } from './validate';

const NOW = new Date('2025-03-12T09:30:00.000Z');
let dir = '';
let postsDir = '';
const ctx = () => ({ publicDir: 'public', authorsDir: path.join(dir, 'authors'), authorSlugs: new Set(['jane-doe']) });

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'new-post-'));
  postsDir = path.join(dir, 'posts');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('createPost', () => {
  it('writes posts/<slug>.md with complete frontmatter that passes the content check without a problem', () => {
    const result = createPost({ title: 'Zuul: Gating,  Ildikó’s Way ', author: 'Jane Doe', category: 'News & Announcements', now: NOW }, postsDir);
    const file = path.join(postsDir, 'zuul-gating-ildikos-way.md');
    expect(result).toEqual({ file, notes: ['seo.description is empty: until you write one, the site uses the first 160 characters of the body'] });
    const source = fs.readFileSync(file, 'utf8');
    expect(source).toBe(
      [
        '---',
        'templateKey: blog-post',
        'title: "Zuul: Gating, Ildikó’s Way"',
        'author: Jane Doe',
        'date: 2025-03-12T09:30:00.000Z',
        'category:',
        '  - value: category-news-announcements',
        '    label: News & Announcements',
        'hidePost: false',
        'seo:',
        '  title: "Zuul: Gating, Ildikó’s Way"',
        '  description: ""',
        '  url: https://blog.example.org/blog/zuul-gating-ildikos-way',
        '  twitterUsername: "@OpenInfraDev"',
        '---',
        '',
        'Write the post here, in Markdown.',
        '',
      ].join('\n'),
    );
    expect(checkPost('x.md', source, ctx()).problems).toEqual([]);
  });

  it('without a category, says so, and content:check warns about it (and nothing else)', () => {
    const result = createPost({ title: 'No Category Yet', author: 'Jane Doe', now: NOW }, postsDir);
    expect('notes' in result && result.notes[1]).toBe('no --category given: add one under `category:` (content:check warns until you do)');
    const problems = checkPost('x.md', fs.readFileSync(path.join(postsDir, 'no-category-yet.md'), 'utf8'), ctx()).problems;
    expect(problems.map((p) => `${p.severity} ${p.field} ${p.message}`)).toEqual(['warning category is empty, so the post is in no category']);
  });

  it('never overwrites: a second post with the same title is refused and the first is unchanged', () => {
    createPost({ title: 'Same Title', author: 'Jane Doe', now: NOW }, postsDir);
    const file = path.join(postsDir, 'same-title.md');
    fs.appendFileSync(file, 'Edited by hand.\n');
    const before = fs.readFileSync(file, 'utf8');
    expect(createPost({ title: 'Same Title', author: 'Someone Else', now: NOW }, postsDir)).toEqual({
      refusal: `${path.relative(process.cwd(), file)} already exists; it is never overwritten (edit it, or choose another title or seo.url)`,
    });
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses a title whose URL another post already has under another file name', () => {
    fs.mkdirSync(postsDir, { recursive: true });
    fs.writeFileSync(path.join(postsDir, 'older.md'), '---\ntitle: Older\nauthor: A\ndate: 2020-01-01\nseo:\n  url: https://openinfra.org/blog/summit-recap\n---\nx\n');
    expect(createPost({ title: 'Summit Recap', author: 'Jane Doe', now: NOW }, postsDir)).toEqual({
      refusal: `${path.relative(process.cwd(), path.join(postsDir, 'older.md'))} already resolves to /blog/summit-recap; choose another title or seo.url`,
    });
    expect(fs.existsSync(path.join(postsDir, 'summit-recap.md'))).toBe(false);
  });

  it('refuses a title that would shadow a section of the blog, or that has no letters', () => {
    expect(createPost({ title: 'Page', author: 'Jane Doe', now: NOW }, postsDir)).toEqual({
      refusal: 'the title "Page" gives the slug "page", which is a section of the blog (/blog/page/…), so the post could never be reached; choose another title',
    });
    expect(createPost({ title: '!!!', author: 'Jane Doe', now: NOW }, postsDir)).toEqual({
      refusal: 'the title "!!!" gives no usable slug, and neither does the title; choose another title',
    });
    expect(fs.existsSync(postsDir)).toBe(false);
  });
});

describe('newPostCommand', () => {
  const env = (gitName: string | null) => ({ postsDir: '', now: NOW, gitUserName: () => gitName });

  it('prints the path it wrote; the author defaults to git config user.name', () => {
    const result = newPostCommand(['Hello', 'World', '--category', 'Community'], { ...env('Git User'), postsDir });
    const file = path.join(postsDir, 'hello-world.md');
    expect(result).toEqual({ exitCode: 0, out: [path.relative(process.cwd(), file), '  note: seo.description is empty: until you write one, the site uses the first 160 characters of the body'], err: [] });
    expect(parseFrontmatter(fs.readFileSync(file, 'utf8'))).toMatchObject({ data: { title: 'Hello World', author: 'Git User', category: [{ value: 'category-community', label: 'Community' }] } });
  });

  it('--author wins over git config user.name', () => {
    newPostCommand(['Flag Author', '--author', 'Jane Doe'], { ...env('Git User'), postsDir });
    expect(parseFrontmatter(fs.readFileSync(path.join(postsDir, 'flag-author.md'), 'utf8'))).toMatchObject({ data: { author: 'Jane Doe' } });
  });

  it('refuses, listing what is missing, without a title or any author', () => {
    expect(newPostCommand([], { ...env(null), postsDir })).toEqual({
      exitCode: 2,
      out: [],
      err: ['new: missing a title (the first argument) and --author "Name" (git config user.name is not set either)', 'usage: npm run new -- "Post title" [--author "Name"] [--category "Label"]'],
    });
    expect(fs.existsSync(postsDir)).toBe(false);
  });

  it('refuses an unknown flag and an existing file with exit codes 2 and 1', () => {
    expect(newPostCommand(['T', '--tags', 'x'], { ...env('A'), postsDir }).exitCode).toBe(2);
    newPostCommand(['Twice'], { ...env('A'), postsDir });
    expect(newPostCommand(['Twice'], { ...env('A'), postsDir })).toMatchObject({ exitCode: 1, err: [expect.stringMatching(/^new: refused: .*twice\.md already exists; it is never overwritten/)] });
  });
});

describe('postFrontmatter', () => {
  it('round-trips titles YAML would misread, and writes the category value from the label', () => {
    const front = postFrontmatter({ title: '@OpenInfra: "Yes" # no comment', author: 'A and B', date: '2025-03-12T00:00:00.000Z', categories: ['News & Announcements'], description: 'd', slug: 's' });
    expect(parseFrontmatter(`${front}body`)).toMatchObject({ data: { title: '@OpenInfra: "Yes" # no comment', seo: { title: '@OpenInfra: "Yes" # no comment', url: 'https://blog.example.org/blog/s' } } });
    expect(categoryItem(' Kata Containers ')).toEqual({ value: 'category-kata-containers', label: 'Kata Containers' });
  });
});
