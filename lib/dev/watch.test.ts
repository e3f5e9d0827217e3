import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatStatus, watchContent, watchTree, type ContentWatcher } from './watch';
import { generationStamp } from '../content/source';
import { writeGenerationStamp } from '../content/generation';
import type { ContentStatus } from './live-preview';

// A real post and a real author from the sample content, copied into a scratch folder per test.
const SAMPLE_POST = path.resolve('content/posts/the-openinfra-community-is-thriving.md');
const SAMPLE_AUTHOR = path.resolve('content/authors/allison-price.md');

let root: string;
let contentDir: string;
let postFile: string;
let original: string;
let watcher: ContentWatcher | undefined;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-watch-'));
  contentDir = path.join(root, 'content');
  fs.mkdirSync(path.join(contentDir, 'posts'), { recursive: true });
  fs.mkdirSync(path.join(contentDir, 'authors'), { recursive: true });
  postFile = path.join(contentDir, 'posts', 'post.md');
  original = fs.readFileSync(SAMPLE_POST, 'utf8');
  fs.writeFileSync(postFile, original);
  fs.copyFileSync(SAMPLE_AUTHOR, path.join(contentDir, 'authors', 'allison-price.md'));
});

afterEach(() => {
  watcher?.close();
  watcher = undefined;
  fs.rmSync(root, { recursive: true, force: true });
});

/** Waits until `check` returns a value, polling every 20 ms. */
async function until<T>(check: () => T | undefined, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Saves like many editors and `sed -i` do: a new file renamed over the old one. */
function saveByRename(file: string, text: string) {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.swp`);
  fs.writeFileSync(temp, text);
  fs.renameSync(temp, file);
}

describe('watchTree', () => {
  it('sees every save, also after a file was replaced by rename, and files in new folders', async () => {
    let events = 0;
    const tree = watchTree(contentDir, () => events++);
    try {
      saveByRename(postFile, original + '\none');
      await until(() => (events > 0 ? true : undefined));
      events = 0;
      saveByRename(postFile, original + '\ntwo');
      await until(() => (events > 0 ? true : undefined));
      events = 0;
      fs.mkdirSync(path.join(contentDir, 'posts', '2025'));
      await until(() => (events > 0 ? true : undefined));
      await new Promise((r) => setTimeout(r, 50));
      events = 0;
      fs.writeFileSync(path.join(contentDir, 'posts', '2025', 'nested.md'), original);
      await until(() => (events > 0 ? true : undefined));
    } finally {
      tree.close();
    }
  });
});

describe('watchContent', () => {
  const options = (onStatus: (s: ContentStatus) => void) => ({
    contentDir,
    publicDir: path.join(root, 'public'),
    onStatus,
    debounceMs: 30,
  });

  it('starts with the validator report of the files as they are', () => {
    watcher = watchContent(options(() => {}));
    expect(watcher.current().errors).toEqual([]);
    expect(watcher.current().generation).toBeNull();
  });

  it('reports a broken post by file, field and fix, and clears it once the file is fixed', async () => {
    const seen: ContentStatus[] = [];
    watcher = watchContent(options((s) => seen.push(s)));
    saveByRename(postFile, original.replace(/^title: .*\n/m, ''));
    const broken = await until(() => seen.find((s) => s.errors.length > 0));
    expect(broken.errors).toEqual([
      { severity: 'error', file: path.relative(process.cwd(), postFile), field: 'title', message: 'is missing', fix: 'add `title: Your headline`' },
    ]);
    saveByRename(postFile, original);
    const fixed = await until(() => (seen.length > 1 && seen.at(-1)!.errors.length === 0 ? seen.at(-1) : undefined));
    expect(fixed.errors).toEqual([]);
  });

  it('reports two posts on one URL when a copy appears, and calls back only when the report changes', async () => {
    const seen: ContentStatus[] = [];
    watcher = watchContent(options((s) => seen.push(s)));
    fs.writeFileSync(path.join(contentDir, 'posts', 'zz-copy.md'), original);
    const clash = await until(() => seen.find((s) => s.errors.length > 0));
    expect(clash.errors.map((e) => [e.field, e.message])).toEqual([
      ['seo.url', `resolves to /blog/the-openinfra-community-is-thriving, the same URL as ${path.relative(process.cwd(), postFile)}`],
    ]);
    const count = seen.length;
    fs.appendFileSync(path.join(contentDir, 'posts', 'zz-copy.md'), ''); // same content: same report
    await new Promise((r) => setTimeout(r, 200));
    expect(seen.length).toBe(count);
  });

  it('follows the generations named in the output folder', async () => {
    const generated = path.join(root, 'generated');
    fs.mkdirSync(generated, { recursive: true });
    const seen: ContentStatus[] = [];
    watcher = watchContent({ ...options((s) => seen.push(s)), generatedDir: generated, pollMs: 20 });
    expect(watcher.current().generation).toBeNull();
    const first = writeGenerationStamp(generated);
    expect((await until(() => seen.find((s) => s.generation !== null))).generation).toBe(first);
    const second = writeGenerationStamp(generated);
    expect(second).not.toBe(first);
    expect((await until(() => seen.find((s) => s.generation === second))).generation).toBe(second);
  });
});

describe('generationStamp', () => {
  it('is null without output, then names the last generation written', () => {
    const generated = path.join(root, 'generated');
    expect(generationStamp(generated)).toBeNull();
    fs.mkdirSync(generated, { recursive: true });
    const stamp = writeGenerationStamp(generated);
    expect(generationStamp(generated)).toBe(stamp);
  });
});

describe('formatStatus', () => {
  const error = { severity: 'error' as const, file: 'content/posts/a.md', field: 'date', message: '"soon" is not a date', fix: 'write it as YYYY-MM-DD' };
  const warning = { severity: 'warning' as const, file: 'content/posts/b.md', field: 'category', message: 'is empty', fix: 'add one' };

  it('prints each problem with its fix, errors first, then a summary', () => {
    expect(formatStatus({ errors: [error], warnings: [warning] })).toBe(
      [
        'error: content/posts/a.md: date "soon" is not a date.',
        '  fix: write it as YYYY-MM-DD.',
        'warning: content/posts/b.md: category is empty.',
        '  fix: add one.',
        'content: 1 error(s), 1 warning(s). Fix and save: open pages update by themselves.',
      ].join('\n'),
    );
  });
  it('lists the first 20 warnings and says how many more there are', () => {
    const many = Array.from({ length: 25 }, (_, i) => ({ ...warning, file: `content/posts/w${i}.md` }));
    const text = formatStatus({ errors: [error], warnings: many });
    expect(text).toContain('w19.md');
    expect(text).not.toContain('w20.md');
    expect(text).toContain('… and 5 more warning(s): `npm run content:check` lists them all.');
    expect(text.split('\n').at(-1)).toBe('content: 1 error(s), 25 warning(s). Fix and save: open pages update by themselves.');
  });
  it('says so when there is nothing to fix', () => {
    expect(formatStatus({ errors: [], warnings: [] })).toBe('content: 0 error(s), 0 warning(s).');
  });
});
