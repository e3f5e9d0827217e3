import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentInputsHash, restoreContentlayerCache, saveContentlayerCache } from './build-cache';

let root: string;
let folders: { artifactsCache: string; buildCache: string; contentDir: string; publicDir: string };
const data = (dir: string) => path.join(dir, 'v0.5.8', 'data-ABC.json');
const write = (file: string, text: string | Buffer) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};
const mtime = (relative: string) => String(fs.statSync(path.join(folders.contentDir, relative)).mtime.getTime());

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'build-cache-'));
  folders = { artifactsCache: path.join(root, '.contentlayer', '.cache'), buildCache: path.join(root, '.next', 'cache', 'contentlayer'), contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public') };
  write(path.join(folders.contentDir, 'posts', 'a.md'), '---\ntitle: A\n---\n![x](/img/x.png)\n');
  write(path.join(folders.contentDir, 'posts', 'b.md'), '---\ntitle: B\n---\nB\n');
  write(path.join(folders.publicDir, 'img', 'x.png'), Buffer.from([1, 2, 3]));
  const items = Object.fromEntries(['posts/a.md', 'posts/b.md'].map((f) => [f, { documentHash: mtime(f), document: { _id: f } }]));
  write(data(folders.artifactsCache), JSON.stringify({ cacheItemsMap: items }));
  expect(saveContentlayerCache(folders)).toBe(2);
  // A fresh checkout: no .contentlayer, every file with a new modification time.
  fs.rmSync(path.join(root, '.contentlayer'), { recursive: true });
  const later = new Date(Date.now() + 60_000);
  for (const f of ['posts/a.md', 'posts/b.md']) fs.utimesSync(path.join(folders.contentDir, f), later, later);
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const restoredItems = () => (JSON.parse(fs.readFileSync(data(folders.artifactsCache), 'utf8')) as { cacheItemsMap: Record<string, { documentHash: string }> }).cacheItemsMap;

describe("contentlayer2's cache kept under .next/cache", () => {
  it('reuses every unchanged document after a fresh checkout, keyed to its file as it is now', () => {
    expect(restoreContentlayerCache(folders)).toEqual({ restored: 2, dropped: 0 });
    expect(restoredItems()['posts/a.md']!.documentHash).toBe(mtime('posts/a.md'));
    expect(restoredItems()['posts/b.md']!.documentHash).toBe(mtime('posts/b.md'));
  });

  it('drops a document whose file changed, and one whose linked image changed', () => {
    write(path.join(folders.contentDir, 'posts', 'b.md'), '---\ntitle: B, edited\n---\nB\n');
    write(path.join(folders.publicDir, 'img', 'x.png'), Buffer.from([9, 9]));
    expect(restoreContentlayerCache(folders)).toEqual({ restored: 0, dropped: 2 });
    expect(restoredItems()).toEqual({});
  });

  it('reuses nothing, and does not fail, when the kept cache cannot be read', () => {
    const kept = data(folders.buildCache);
    fs.writeFileSync(kept, fs.readFileSync(kept, 'utf8').slice(0, 20));
    expect(restoreContentlayerCache(folders)).toEqual({ restored: 0, dropped: 0 });
    expect(fs.existsSync(data(folders.artifactsCache))).toBe(false);
  });

  it("leaves contentlayer2's own cache alone when there is one", () => {
    write(data(folders.artifactsCache), '{"cacheItemsMap":{}}');
    expect(restoreContentlayerCache(folders)).toEqual({ restored: 0, dropped: 0 });
    expect(restoredItems()).toEqual({});
  });

  it('never vouches for a document whose file was saved after contentlayer2 read it', () => {
    // contentlayer2 read b.md at its current time; then the editor saved it, before the cache was kept.
    const items = Object.fromEntries(['posts/a.md', 'posts/b.md'].map((f) => [f, { documentHash: mtime(f), document: { _id: f } }]));
    write(data(folders.artifactsCache), JSON.stringify({ cacheItemsMap: items }));
    const saved = new Date(Date.now() + 120_000);
    write(path.join(folders.contentDir, 'posts', 'b.md'), '---\ntitle: B, saved during the generation\n---\nB\n');
    fs.utimesSync(path.join(folders.contentDir, 'posts', 'b.md'), saved, saved);
    expect(saveContentlayerCache(folders)).toBe(1);
    fs.rmSync(path.join(root, '.contentlayer'), { recursive: true });
    expect(restoreContentlayerCache(folders)).toEqual({ restored: 1, dropped: 1 });
    expect(Object.keys(restoredItems())).toEqual(['posts/a.md']);
  });

  it('hashes the bytes of the file and of each local image it links', () => {
    const before = documentInputsHash(folders.contentDir, folders.publicDir, 'posts/a.md');
    write(path.join(folders.publicDir, 'img', 'x.png'), Buffer.from([4]));
    expect(documentInputsHash(folders.contentDir, folders.publicDir, 'posts/a.md')).not.toBe(before);
    expect(documentInputsHash(folders.contentDir, folders.publicDir, 'posts/gone.md')).toBeNull();
  });

  it('counts every local image the markdown pipeline reads, wherever it lives under public/, and not remote ones', () => {
    write(path.join(folders.contentDir, 'posts', 'c.md'), '---\ntitle: C\n---\n<img src="/uploads/y.jpg?v=1"> ![r](https://example.org/z.png)\n');
    write(path.join(folders.publicDir, 'uploads', 'y.jpg'), Buffer.from([1]));
    const before = documentInputsHash(folders.contentDir, folders.publicDir, 'posts/c.md');
    write(path.join(folders.publicDir, 'uploads', 'y.jpg'), Buffer.from([2]));
    expect(documentInputsHash(folders.contentDir, folders.publicDir, 'posts/c.md')).not.toBe(before);
  });
});
