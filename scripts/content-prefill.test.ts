import { execFileSync, spawn, spawnSync } from 'node:child_process';
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

/** Where content:build runs in `name`, and its environment; `split` lets it split even a handful of documents. */
function setup(name: string, content: string, split: boolean, extra: Record<string, string> = {}) {
  const cwd = path.join(work, name);
  fs.mkdirSync(cwd);
  const env = { ...process.env, PWD: cwd, CONTENT_DIR: content, CONTENTLAYER_DIR: '', BUILD_CACHE_DIR: path.join(cwd, 'cache'), CONTENT_PREFILL_MIN: split ? '1' : '1000000', ...extra };
  return { cwd, env, generated: path.join(cwd, '.contentlayer', 'generated') };
}

/** content:build in a folder of its own over `content`. */
function build(name: string, content: string, split: boolean, extra: Record<string, string> = {}) {
  const { cwd, env, generated } = setup(name, content, split, extra);
  const result = spawnSync(process.execPath, [script, '--config', config], { cwd, env, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}`, generated };
}

/** Asserts two generated folders hold the same files, byte for byte. */
function expectSameTree(actual: string, expected: string) {
  const want = generatedTree(expected);
  const got = generatedTree(actual);
  expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
  for (const [file, text] of want) expect(got.get(file), file).toBe(text);
}

const content = path.join(work, 'content');
let aloneBuild: ReturnType<typeof build> | null = null;
/** The fixture content, and contentlayer2's generation of it alone (made once, for every test). */
function aloneRun() {
  if (!aloneBuild) {
    fs.cpSync(path.join(root, 'test', 'fixtures', 'content'), content, { recursive: true });
    aloneBuild = build('alone', content, false);
  }
  return aloneBuild;
}

describe('content:build on every core', () => {
  it('writes what contentlayer2 writes alone, byte for byte', () => {
    const alone = aloneRun();
    const split = build('split', content, true);
    expect(alone.status, alone.output).toBe(0);
    expect(split.status, split.output).toBe(0);
    expect(alone.output).not.toMatch(/made in parallel/);
    const documents = fs.readdirSync(path.join(content, 'posts')).length + fs.readdirSync(path.join(content, 'authors')).length;
    expect(split.output).toMatch(new RegExp(`contentlayer2's documents made in parallel: ${documents} in \\d+ ms`));
    // Every document made: the generation is handed the cache instead of reading the content again.
    expect(split.output).toContain(`contentlayer2's generation takes its ${documents} documents from the cache in memory`);
    expect(alone.output).not.toMatch(/from the cache in memory/);
    expectSameTree(split.generated, alone.generated);
  }, 180_000);

  it("lists the content as contentlayer2 does: the config changes none of its defaults for the listing", () => {
    // scripts/contentlayer-source.mjs's wholeCache lists the files with contentlayer2's defaults.
    expect(fs.readFileSync(config, 'utf8')).not.toMatch(/contentDirInclude|contentDirExclude/);
  });

  it('hands an unchanged content folder its cache again, and writes the same files and the same cache', () => {
    const alone = aloneRun();
    const { cwd, env, generated } = setup('unchanged', content, false);
    const run = () => spawnSync(process.execPath, [script, '--config', config], { cwd, env, encoding: 'utf8' });
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).not.toMatch(/in memory/);
    const cacheDir = path.join(cwd, '.contentlayer', '.cache');
    const cacheFiles = () => new Map(fs.readdirSync(cacheDir, { recursive: true }).map(String).filter((f) => /data-.*\.json$/.test(f)).map((f) => [f, fs.readFileSync(path.join(cacheDir, f), 'utf8')]));
    const cacheBefore = cacheFiles();
    fs.rmSync(generated, { recursive: true });
    const second = run();
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/contentlayer2's generation takes its \d+ documents from the cache in memory/);
    expectSameTree(generated, alone.generated);
    expect(cacheFiles()).toEqual(cacheBefore);
  }, 180_000);

  it('makes only the documents its cache lacks, once there is a cache', () => {
    const edited = path.join(work, 'edited');
    fs.cpSync(path.join(root, 'test', 'fixtures', 'content'), edited, { recursive: true });
    const { cwd, env, generated } = setup('again', edited, true);
    const run = () => spawnSync(process.execPath, [script, '--config', config], { cwd, env, encoding: 'utf8' });
    expect(run().status).toBe(0);
    const posts = fs.readdirSync(path.join(edited, 'posts')).slice(0, 2);
    for (const post of posts) fs.appendFileSync(path.join(edited, 'posts', post), '\nA paragraph added after the first build.\n');
    const second = run();
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/contentlayer2's documents made in parallel: 2 in \d+ ms/);
    expect(second.stdout).toMatch(/takes its \d+ documents from the cache in memory/);
    for (const post of posts) expect(fs.readFileSync(path.join(generated, 'Post', `posts__${post}.json`), 'utf8')).toContain('added after the first build');
  }, 180_000);

  it('leaves everything to contentlayer2 when the split cannot start, and writes the same files', () => {
    const expected = aloneRun().generated;
    const blocker = path.join(work, 'not-a-folder');
    fs.writeFileSync(blocker, '');
    // A temporary folder that cannot exist (tsx's own cache off, so only the split needs one).
    const failed = build('no-tmp', content, true, { TMPDIR: path.join(blocker, 'tmp'), TSX_DISABLE_CACHE: '1' });
    expect(failed.status, failed.output).toBe(0);
    expect(failed.output).toMatch(/contentlayer2's documents were not made in parallel \(ENOTDIR[^)]*\); the generation makes them one by one\./);
    expectSameTree(failed.generated, expected);
  }, 180_000);

  it('leaves a killed process\'s documents to contentlayer2, and writes the same files', async () => {
    const expected = aloneRun().generated;
    // The processes' file lists are in this folder: that is how the test finds them.
    const tmp = path.join(work, 'kill-tmp');
    fs.mkdirSync(tmp);
    const { cwd, env, generated } = setup('killed', content, true, { TMPDIR: tmp });
    const child = spawn(process.execPath, [script, '--config', config], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    // The first process over a list in `tmp`, killed while it still loads contentlayer2 (~2 s).
    let killed = false;
    for (let i = 0; i < 400 && !killed; i++) {
      const pids = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
        .split('\n')
        .filter((line) => line.includes('content-prefill.mjs') && line.includes(`${tmp}/`))
        .map((line) => Number(line.trim().split(/\s+/)[0]));
      if (pids.length > 0) {
        process.kill(pids[0]!, 'SIGKILL');
        killed = true;
      } else await new Promise((r) => setTimeout(r, 25));
    }
    expect(killed).toBe(true);
    expect(await exited, output).toBe(0);
    expect(output).toMatch(/process \d failed \(null\); the generation makes its \d+ documents\./);
    expectSameTree(generated, expected);
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
    const message = (output: string) => output.replace(/^contentlayer2's documents (to make|made in parallel).*\n/gm, '');
    expect(alone.output.match(/^contentlayer2's documents to make: /gm)).toHaveLength(1);
    expect(message(split.output)).toBe(message(alone.output));
  }, 180_000);
});
