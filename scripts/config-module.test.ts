import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * Several processes compile contentlayer.config.ts to the same file at once (the content build, its
 * processes, the watcher): one may read it while another rewrites it, cut before its exports.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'config-module-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the compiled config, read while another process writes it', () => {
  it('is refused without its exports, and read anew on the next attempt', async () => {
    const { importConfigModule } = await import('./config-module.mjs');
    const file = path.join(dir, 'compiled-contentlayer-config.mjs');
    // Cut where esbuild's output ends: before the export statement.
    fs.writeFileSync(file, 'const Post = {};\nconst documentTypes = [Post];\n');
    await expect(importConfigModule(file, 1)).rejects.toThrow(`${file} has no documentTypes: read while another process was writing it?`);
    fs.writeFileSync(file, 'const Post = {};\nconst documentTypes = [Post];\nexport { Post, documentTypes };\n');
    // The same URL is the module Node cached: the whole file is read only under a new one.
    await expect(importConfigModule(file, 1)).rejects.toThrow(/has no documentTypes/);
    const fresh = await importConfigModule(file, 2);
    expect(fresh.documentTypes).toEqual([{}]);
  });
});
