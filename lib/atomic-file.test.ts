import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeAtomic } from './atomic-file';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atomic-file-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('writeAtomic', () => {
  it('writes text and bytes, replaces a file, and leaves no temporary file behind', () => {
    const file = path.join(dir, 'a.json');
    writeAtomic(file, '{"v":1}');
    const before = fs.statSync(file).ino;
    writeAtomic(file, Buffer.from('{"v":2}'));
    expect(fs.readFileSync(file, 'utf8')).toBe('{"v":2}');
    // Replaced by rename: a reader holding the old file keeps reading the old bytes.
    expect(fs.statSync(file).ino).not.toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['a.json']);
  });

  it('throws when the folder is missing, and leaves nothing behind', () => {
    expect(() => writeAtomic(path.join(dir, 'missing', 'b.json'), 'x')).toThrow(/ENOENT/);
    expect(fs.existsSync(path.join(dir, 'missing'))).toBe(false);
  });

  it('removes its temporary file when the rename fails', () => {
    const target = path.join(dir, 'a-folder');
    fs.mkdirSync(path.join(target, 'inside'), { recursive: true });
    // Renaming a file over a non-empty folder fails after the temporary file was written.
    expect(() => writeAtomic(target, 'x')).toThrow();
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
