import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureGenerated } from '../../test/global-setup';

/*
 * The summary index (Post/_summaries.json): a process that starts reads the posts' summaries from
 * it, but only for files still at the version it names; any other file is read itself.
 */

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'summary-index-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** lib/content/source.ts reading `generated` (a fresh module: its folder is fixed at import). */
async function sourceOf(generated: string) {
  vi.stubEnv('CONTENTLAYER_DIR', generated);
  vi.resetModules();
  return import('./source');
}

/** A copy of the fixture's output whose post files are hard links of `from`'s: same files, same versions, other paths. */
function linkedCopy(from: string, name: string): string {
  const to = path.join(work, name);
  fs.cpSync(from, to, { recursive: true });
  for (const file of fs.readdirSync(path.join(from, 'Post'))) {
    if (!file.endsWith('.md.json')) continue;
    fs.rmSync(path.join(to, 'Post', file));
    fs.linkSync(path.join(from, 'Post', file), path.join(to, 'Post', file));
  }
  return to;
}

const INDEX = (generated: string) => path.join(generated, 'Post', '_summaries.json');
const POST = 'posts__alpha-release-notes.md.json';

describe('the summary index', () => {
  const written = path.join(work, 'written');
  fs.cpSync(fixtureGenerated('content'), written, { recursive: true });

  it('is read instead of a post file that is still the version it names, and never for one that changed', async () => {
    (await sourceOf(written)).writeSummaryIndex(written);
    const expected = (await sourceOf(written)).readPostSummaries().map(({ jsonFile, ...summary }) => [path.basename(jsonFile), summary]);

    // Another process (other paths, nothing cached) over the same files: the same summaries.
    const same = linkedCopy(written, 'same');
    expect((await sourceOf(same)).readPostSummaries().map(({ jsonFile, ...summary }) => [path.basename(jsonFile), summary])).toEqual(expected);

    // The index is what it read: a title changed in the index only shows.
    const marked = linkedCopy(written, 'marked');
    const index = JSON.parse(fs.readFileSync(INDEX(marked), 'utf8'));
    index[POST].head.title = 'From the index';
    fs.writeFileSync(INDEX(marked), JSON.stringify(index));
    const fromIndex = (await sourceOf(marked)).readPostSummaries().find((s) => path.basename(s.jsonFile) === POST)!;
    expect(fromIndex.title).toBe('From the index');

    // A post file rewritten since (a save): its own text counts, not the index.
    const saved = linkedCopy(written, 'saved');
    fs.writeFileSync(INDEX(saved), JSON.stringify(index));
    const file = path.join(saved, 'Post', POST);
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    fs.rmSync(file);
    fs.writeFileSync(file, JSON.stringify({ ...doc, title: 'From the saved file' }, null, 2));
    const fromFile = (await sourceOf(saved)).readPostSummaries().find((s) => path.basename(s.jsonFile) === POST)!;
    expect(fromFile.title).toBe('From the saved file');
  });

  it('is written into the folder it is given, whatever CONTENTLAYER_DIR reads', async () => {
    const elsewhere = linkedCopy(written, 'elsewhere');
    fs.rmSync(INDEX(elsewhere), { force: true });
    (await sourceOf(written)).writeSummaryIndex(elsewhere);
    expect(Object.keys(JSON.parse(fs.readFileSync(INDEX(elsewhere), 'utf8')))).toContain(POST);
  });

  it('is not needed: without it, or with one that cannot be read, every post file is read', async () => {
    const expected = (await sourceOf(written)).readPostSummaries().map((s) => s.title);
    const none = linkedCopy(written, 'none');
    fs.rmSync(INDEX(none), { force: true });
    expect((await sourceOf(none)).readPostSummaries().map((s) => s.title)).toEqual(expected);
    const broken = linkedCopy(written, 'broken');
    fs.writeFileSync(INDEX(broken), '{"cut short');
    expect((await sourceOf(broken)).readPostSummaries().map((s) => s.title)).toEqual(expected);
  });
});
