import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { contentTestFolder, generatedTree } from '../test/generated-tree';

/*
 * `npm run content:build -- --watch` writes one document per save: after a series of saves (body,
 * frontmatter, a new post, a deleted post, a profile, a refused file and its fix), the folder it
 * leaves must be what contentlayer2's whole generation makes of the same files.
 */

const root = process.cwd();
const script = path.join(root, 'scripts', 'content-build.mjs');
const config = path.join(root, 'contentlayer.config.ts');
const work = contentTestFolder('watch');
const content = path.join(work, 'content');
const env = (cwd: string) => ({ ...process.env, PWD: cwd, CONTENT_DIR: content, CONTENTLAYER_DIR: '' });

let child: ChildProcess | null = null;
afterAll(async () => {
  // The watcher stops the generation it started (which may still be saving the build's cache) as it exits.
  if (child && child.exitCode === null && child.signalCode === null) await new Promise((resolve) => (child!.once('exit', resolve), child!.kill()));
  fs.rmSync(work, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
});

/** A list or barrel in a stable order: the watcher appends a new post where a whole generation sorts it in. */
function normalised(file: string, text: string): unknown {
  if (file.endsWith('_index.json')) return (JSON.parse(text) as { _id: string }[]).sort((a, b) => a._id.localeCompare(b._id));
  if (file.endsWith('_index.mjs')) return [...text.matchAll(/from '\.\/([^']+)'/g)].map((m) => m[1]).sort();
  return text;
}

/** Starts the watcher in `cwd`; `next(re)` resolves with the next line of its output matching `re`. */
function watch(cwd: string) {
  child = spawn(process.execPath, [script, '--watch', '--config', config], { cwd, env: env(cwd), stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let waiting: { re: RegExp; resolve: (line: string) => void } | null = null;
  for (const stream of [child.stdout!, child.stderr!]) {
    readline.createInterface({ input: stream }).on('line', (line) => {
      lines.push(line);
      if (waiting?.re.test(line)) waiting.resolve(line);
    });
  }
  let exited = false;
  child.on('exit', () => (exited = true));
  const next = (re: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const fail = () => reject(new Error(`no line like ${re} in:\n${lines.join('\n')}`));
      const timer = setTimeout(fail, 60_000);
      const exit = setInterval(() => exited && (clearInterval(exit), clearTimeout(timer), fail()), 100);
      waiting = { re, resolve: (line) => (clearTimeout(timer), clearInterval(exit), (waiting = null), resolve(line)) };
    });
  return { next, lines };
}

describe('the content watcher', () => {
  it('leaves, save after save, the folder a whole generation makes of the same files', async () => {
    fs.cpSync(path.join(root, 'test', 'fixtures', 'content'), content, { recursive: true });
    const watchDir = path.join(work, 'watch');
    fs.mkdirSync(watchDir);
    const { next } = watch(watchDir);
    const posts = path.join(content, 'posts');
    const edit = (file: string, change: (text: string) => string) => fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));

    await next(/^Generated \d+ documents/);
    const generated = path.join(watchDir, '.contentlayer', 'generated');
    const stamp = () => fs.readFileSync(path.join(generated, '_generation'), 'utf8');
    const first = stamp();

    edit(path.join(posts, 'alpha-release-notes.md'), (t) => `${t}\nA paragraph added while watching.\n`);
    expect(await next(/^Generated/)).toMatch(/\(1 rewritten, 0 removed, \d+ ms\)/);
    expect(stamp()).not.toBe(first);
    edit(path.join(posts, 'delta-no-seo.md'), (t) => t.replace(/^title: (.*)$/m, 'title: $1, retitled'));
    await next(/^Generated/);
    fs.writeFileSync(path.join(posts, 'iota-new.md'), '---\ntitle: A post written while watching\nauthor: Allison Price\ndate: 2024-05-06\n---\nNew.\n');
    await next(/^Generated/);
    fs.rmSync(path.join(posts, 'eta-community.md'));
    expect(await next(/^Generated/)).toMatch(/0 rewritten, 1 removed/);
    const profile = fs.readdirSync(path.join(content, 'authors'))[0]!;
    edit(path.join(content, 'authors', profile), (t) => t.replace(/^company: .*$/m, 'company: Somewhere Else'));
    await next(/^Generated/);

    // A refused save keeps the last good document, says which file, and the fix makes it again.
    const kept = fs.readFileSync(path.join(generated, 'Post', 'posts__theta-events.md.json'), 'utf8');
    const before = stamp();
    edit(path.join(posts, 'theta-events.md'), (t) => t.replace(/^title: .*\n/m, ''));
    expect(await next(/^Error: .*was not generated/)).toContain('posts/theta-events.md');
    expect(fs.readFileSync(path.join(generated, 'Post', 'posts__theta-events.md.json'), 'utf8')).toBe(kept);
    expect(stamp()).toBe(before);
    edit(path.join(posts, 'theta-events.md'), (t) => t.replace(/^---\n/, '---\ntitle: Events, fixed\n'));
    await next(/^Generated/);

    // The posts' list is written once the saves stop.
    await new Promise((r) => setTimeout(r, 3_500));
    child?.kill();
    const whole = path.join(work, 'whole');
    fs.mkdirSync(whole);
    execFileSync(process.execPath, [script, '--config', config], { cwd: whole, env: env(whole), stdio: 'pipe' });

    const watched = generatedTree(generated);
    const expected = generatedTree(path.join(whole, '.contentlayer', 'generated'));
    expect([...watched.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [file, text] of expected) expect(normalised(file, watched.get(file)!), file).toEqual(normalised(file, text));
    expect([...watched.keys()].filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 180_000);

  it('applies a save made while the first generation runs, before the watcher itself has loaded', async () => {
    child?.kill();
    fs.rmSync(content, { recursive: true, force: true });
    fs.cpSync(path.join(root, 'test', 'fixtures', 'content'), content, { recursive: true });
    const early = path.join(work, 'early');
    fs.mkdirSync(early);
    const post = path.join(content, 'posts', 'alpha-release-notes.md');
    const { next } = watch(early);
    // The generation's child has started (its scan is made); the watcher is still loading contentlayer2.
    await new Promise((r) => setTimeout(r, 1_000));
    fs.appendFileSync(post, '\nA paragraph saved during the first generation.\n');
    await next(/^Generated \d+ documents in \.contentlayer \(\d+ ms\)$/);
    const json = path.join(early, '.contentlayer', 'generated', 'Post', 'posts__alpha-release-notes.md.json');
    // Made by the generation itself, or by the pass the watcher makes right after it.
    for (let i = 0; i < 100 && !fs.readFileSync(json, 'utf8').includes('saved during the first generation'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(fs.readFileSync(json, 'utf8')).toContain('saved during the first generation');
  }, 180_000);

  it('says which file a refused first generation stopped on, and generates everything once it is fixed', async () => {
    child?.kill();
    const broken = path.join(work, 'broken');
    fs.rmSync(content, { recursive: true, force: true });
    fs.cpSync(path.join(root, 'test', 'fixtures', 'content'), content, { recursive: true });
    const post = path.join(content, 'posts', 'theta-events.md');
    const text = fs.readFileSync(post, 'utf8');
    fs.writeFileSync(post, text.replace(/^title: .*\n/m, ''));
    fs.mkdirSync(broken);
    const { next, lines } = watch(broken);
    await next(/^Error: contentlayer2 refused the content/);
    expect(lines.join('\n')).toContain('theta-events.md');
    expect(fs.existsSync(path.join(broken, '.contentlayer', 'generated', '_generation'))).toBe(false);
    fs.writeFileSync(post, text);
    expect(await next(/^Generated \d+ documents/)).toMatch(/^Generated \d+ documents in \.contentlayer \(\d+ ms\)$/);
    expect(fs.existsSync(path.join(broken, '.contentlayer', 'generated', 'Post', 'posts__theta-events.md.json'))).toBe(true);
  }, 180_000);
});
