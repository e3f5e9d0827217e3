import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentTestFolder, generatedTree } from '../test/generated-tree';

/*
 * `npm run content:build` makes the documents contentlayer2's cache lacks in one process per core
 * before its generation: the output must be the one contentlayer2 makes alone, byte for byte, and a
 * file it refuses must be refused with the same message, naming the file.
 */

const root = process.cwd();
const script = path.join(root, 'scripts', 'content-build.mjs');
const config = path.join(root, 'contentlayer.config.ts');
const work = contentTestFolder('prefill');
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** content:build in a folder of its own over `content`; `split` lets it split even a handful of documents. */
function build(name: string, content: string, split: boolean) {
  const cwd = path.join(work, name);
  fs.mkdirSync(cwd);
  const env = { ...process.env, PWD: cwd, CONTENT_DIR: content, CONTENTLAYER_DIR: '', BUILD_CACHE_DIR: path.join(cwd, 'cache'), CONTENT_PREFILL_MIN: split ? '1' : '1000000' };
  const result = spawnSync(process.execPath, [script, '--config', config], { cwd, env, encoding: 'utf8' });
  return { cwd, status: result.status, output: `${result.stdout}${result.stderr}`, generated: path.join(cwd, '.contentlayer', 'generated') };
}

describe('content:build on every core', () => {
  it('writes what contentlayer2 writes alone, byte for byte', () => {
    const content = path.join(work, 'content');
    fs.cpSync(path.join(root, 'test', 'fixtures', 'content'), content, { recursive: true });
    const alone = build('alone', content, false);
    const split = build('split', content, true);
    expect(alone.status, alone.output).toBe(0);
    expect(split.status, split.output).toBe(0);
    expect(alone.output).not.toMatch(/made in parallel/);
    const documents = fs.readdirSync(path.join(content, 'posts')).length + fs.readdirSync(path.join(content, 'authors')).length;
    expect(split.output).toMatch(new RegExp(`contentlayer2's documents made in parallel: ${documents} in \\d+ ms`));
    const expected = generatedTree(alone.generated);
    const written = generatedTree(split.generated);
    expect([...written.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [file, text] of expected) expect(written.get(file), file).toBe(text);
  }, 180_000);

  it('refuses a file it cannot make with contentlayer2\'s own message, naming the file', () => {
    const content = path.join(work, 'broken-content');
    fs.cpSync(path.join(root, 'test', 'fixtures', 'content'), content, { recursive: true });
    const post = path.join(content, 'posts', 'theta-events.md');
    fs.writeFileSync(post, fs.readFileSync(post, 'utf8').replace(/^title: .*\n/m, ''));
    const alone = build('broken-alone', content, false);
    const split = build('broken-split', content, true);
    expect(alone.status).not.toBe(0);
    expect(split.status).not.toBe(0);
    expect(split.output).toContain('posts/theta-events.md');
    // The same message: the processes leave the refused file to contentlayer2's generation.
    const message = (output: string) => output.replace(/^contentlayer2's documents made in parallel.*\n/m, '');
    expect(message(split.output)).toBe(message(alone.output));
  }, 180_000);
});
