import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { displayPath, listFiles, readListed } from './files';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-files-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('listFiles', () => {
  it('lists every file below the folder, sorted, without dot files or folders', () => {
    for (const f of ['b.md', 'a.md', 'sub/c.md', '.DS_Store', 'sub/.hidden.md']) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), '');
    }
    fs.mkdirSync(path.join(dir, 'empty'));
    expect(listFiles(dir)).toEqual(['a.md', 'b.md', 'sub/c.md'].map((f) => path.join(dir, f)));
  });
  it('is empty for a folder that does not exist', () => {
    expect(listFiles(path.join(dir, 'nope'))).toEqual([]);
  });
});

describe('readListed', () => {
  it('reads a file, gives null for one deleted since the listing, and throws any other error', () => {
    fs.writeFileSync(path.join(dir, 'x.md'), 'text');
    expect(readListed(path.join(dir, 'x.md'))).toBe('text');
    expect(readListed(path.join(dir, 'gone.md'))).toBeNull();
    expect(() => readListed(dir)).toThrow(/EISDIR/);
  });
});

describe('displayPath', () => {
  it('names a file relative to the working directory, as editors typed it', () => {
    expect(displayPath(path.join(process.cwd(), 'content', 'posts', 'x.md'))).toBe(path.join('content', 'posts', 'x.md'));
    expect(displayPath(process.cwd())).toBe(process.cwd());
  });
});
