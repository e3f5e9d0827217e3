import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existingPostSlugs, targetRefusal, writeNewFile } from './post-files';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'post-files-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const post = (name: string, frontmatter: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  fs.writeFileSync(path.join(dir, name), `---\n${frontmatter}\n---\nBody.\n`);
};
const rel = (name: string) => path.relative(process.cwd(), path.join(dir, name));

describe('existingPostSlugs', () => {
  it('gives each post slug from seo.url, else the title, with its file; the first file (sorted) wins a shared slug', () => {
    post('b.md', 'title: Second\nseo:\n  url: https://openinfra.dev/blog/shared');
    post('a.md', 'title: First\nseo:\n  url: /blog/shared');
    post('nested/c.md', 'title: Only A Title');
    post('broken.md', 'title: [unclosed');
    post('untitled.md', 'author: Nobody');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'title: Not a post');
    expect([...existingPostSlugs(dir)]).toEqual([
      ['shared', rel('a.md')],
      ['only-a-title', rel('nested/c.md')],
    ]);
  });

  it('is empty for a folder that does not exist', () => {
    expect(existingPostSlugs(path.join(dir, 'missing')).size).toBe(0);
  });
});

describe('targetRefusal', () => {
  it('refuses an existing file, then a URL another post has, else allows', () => {
    post('taken-file.md', 'title: Taken File');
    const taken = new Map([['taken-url', 'content/posts/other.md']]);
    expect(targetRefusal(dir, 'taken-file', taken)).toBe(`${rel('taken-file.md')} already exists; it is never overwritten (edit it, or choose another title or seo.url)`);
    expect(targetRefusal(dir, 'taken-url', taken)).toBe('content/posts/other.md already resolves to /blog/taken-url; choose another title or seo.url');
    expect(targetRefusal(dir, 'free', taken)).toBeNull();
  });
});

describe('writeNewFile', () => {
  it('creates the folders it needs and never replaces a file', () => {
    const file = path.join(dir, 'deep', 'new.md');
    writeNewFile(file, 'first');
    expect(fs.readFileSync(file, 'utf8')).toBe('first');
    expect(() => writeNewFile(file, 'second')).toThrow(/EEXIST/);
    expect(fs.readFileSync(file, 'utf8')).toBe('first');
  });
});
