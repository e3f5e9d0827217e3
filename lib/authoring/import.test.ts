import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseFrontmatter } from './frontmatter';
import { convertDocument, type Converted, type Conversion } from './import';
import { importCommand, importFiles } from './import-command';
import { checkPost } from './validate';

const FIX = 'test/fixtures/import';
const SEEDS = 'test/fixtures/seeds';
const PLAIN_SEED = `${SEEDS}/003_c765242a16c13cf0.txt`;
const FLAGS = { date: '2025-03-12', author: '21CTO', category: 'News & Announcements' };
const read = (file: string) => fs.readFileSync(file, 'utf8');
const convert = (file: string, flags = {}) => convertDocument(read(file), flags);
function converted(result: Conversion): Converted {
  if ('refusals' in result) throw new Error(`refused: ${result.refusals.join('; ')}`);
  return result;
}
const MISSING = {
  date: 'missing --date YYYY-MM-DD (the publication date): a plain-text file has no frontmatter to take it from',
  author: 'missing --author "Name" (one string; several people: "A and B"): a plain-text file has no frontmatter to take it from',
  category: 'missing --category "Label" (e.g. "News & Announcements"): a plain-text file has no frontmatter to take it from',
};

describe('CMS markdown', () => {
  it('normalises what the archive gets wrong, one change line each, keeping order, quotes, the comment and the body', () => {
    const result = converted(convert(`${FIX}/archive-post.md`));
    expect(result.slug).toBe('kata-containers-3-0');
    expect(result.changes).toEqual([
      'author: removed spaces around "Jeremy Stanley and Clark Boylan"',
      'category[0]: renamed id: to value: (category-A7fnZYrE1)',
      'date: "2020-11-6T08:00:00.000Z" → "2020-11-06T08:00:00.000Z" (padded ISO 8601, UTC)',
      'hidePost: "false" → false (a boolean, not text)',
      'seo.twitterUsername: "twitter.com/openinfradev " → "@openinfradev" (one @handle)',
    ]);
    const expected = read(`${FIX}/archive-post.md`)
      .replace('Clark Boylan  "', 'Clark Boylan"')
      .replace('  - id: category-A7fnZYrE1', '  - value: category-A7fnZYrE1')
      .replace('2020-11-6T', '2020-11-06T')
      .replace('hidePost: "false"', 'hidePost: false')
      .replace('"twitter.com/openinfradev "', '"@openinfradev"');
    expect(result.source).toBe(expected);
    expect(result.source).toContain('# The CMS export keeps this comment; the import must too.\n');
    expect(result.source.endsWith('today.  \nThis line follows a hard break, which must survive the import.\n')).toBe(true);
  });

  it('leaves a file already in the site format byte for byte as it was', () => {
    const source = read(`${SEEDS}/000_3ed98946d58768d0.txt`);
    expect(convertDocument(source, {})).toEqual({ slug: 'openinfra-foundation-welcomes-microsoft', source, changes: [], notes: [] });
  });

  it.each([
    ['000_3ed98946d58768d0.txt', 'openinfra-foundation-welcomes-microsoft', []],
    ['001_dcf642f06b97b60e.txt', 'join-us-in-building-the-next-decade-of-open-infrastructure', []],
    ['002_a4fe39b6234d533e.txt', '2021-openinfra-annual-report-openinfra-foundation-membership-growth', ['seo.description: removed spaces around "This was the first year that the OpenInfra Foundation began operating…"']],
    ['004_141f41c7b2be3226.txt', 'the-openinfra-community-is-thriving', ['seo.twitterUsername: "OpenInfraDev" → "@OpenInfraDev" (one @handle)']],
  ])('seed %s imports to the slug content/posts uses, with these changes', (name, slug, changes) => {
    const result = converted(convert(`${SEEDS}/${name}`));
    expect({ slug: result.slug, changes: result.changes }).toEqual({ slug, changes });
    expect(fs.existsSync(`content/posts/${slug}.md`)).toBe(true);
    const ctx = { publicDir: 'public', authorsDir: 'content/authors', authorSlugs: new Set(['jonathan-bryce', 'jimmy-mcarthur', 'allison-price']) };
    expect(checkPost(`${slug}.md`, result.source, ctx).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('refuses missing author and date, listing both; with the flags it adds them where the CMS writes them', () => {
    expect(convert(`${FIX}/no-author-date.md`)).toEqual({
      refusals: ['missing --author "Name" (one string; several people: "A and B"): the frontmatter has no author', 'missing --date YYYY-MM-DD (the publication date): the frontmatter has no date'],
    });
    const result = converted(convert(`${FIX}/no-author-date.md`, FLAGS));
    expect(result.changes).toEqual(['author: added "21CTO" (from --author)', 'date: added "2025-03-12T00:00:00.000Z" (from --date)']);
    expect(result.notes).toEqual(['--category ignored: the frontmatter already has category [{"value":"category-h2Ztx9rpD","label":"Community"}]']);
    expect(result.source.split('\n').slice(0, 5)).toEqual(['---', 'templateKey: blog-post', 'title: Missing Author And Date', 'author: 21CTO', 'date: 2025-03-12T00:00:00.000Z']);
  });

  it('never lets a flag replace a good value, and says so', () => {
    const result = converted(convert(`${FIX}/archive-post.md`, { author: 'Someone Else', date: '2025-03-12' }));
    expect(result.notes).toEqual([
      '--author ignored: the frontmatter already has author "Jeremy Stanley and Clark Boylan"',
      '--date ignored: the frontmatter already has date "2020-11-06T08:00:00.000Z"',
    ]);
    expect(parseFrontmatter(result.source)).toMatchObject({ data: { author: 'Jeremy Stanley and Clark Boylan', date: '2020-11-06T08:00:00.000Z' } });
  });

  it('refuses an impossible date unless --date replaces it', () => {
    expect(convert(`${FIX}/bad-date.md`)).toEqual({
      refusals: ['date "2021-02-30T10:00:00.000Z" is not a date; correct it in the file, or pass --date YYYY-MM-DD (the publication date)'],
    });
    expect(converted(convert(`${FIX}/bad-date.md`, { date: '2021-03-01' })).changes).toEqual([
      'date: "2021-02-30T10:00:00.000Z" → "2021-03-01T00:00:00.000Z" (not a date; replaced from --date)',
    ]);
  });

  it('refuses broken YAML with the line, the field and the fix, whatever the flags', () => {
    expect(convert(`${FIX}/bad-yaml.md`, FLAGS)).toEqual({
      refusals: ['title is not valid YAML at line 3, column 8: Nested mappings are not allowed in compact mappings; fix: put the value in double quotes: `title: "Zuul: a gating system"`'],
    });
  });

  it('removes a twitterUsername that is no handle (and the seo group it empties), and reports it', () => {
    const result = converted(convert(`${FIX}/bad-twitter.md`));
    expect(result.changes).toEqual(['seo.twitterUsername: removed "the OpenInfra team", which is not a Twitter/X handle (and the seo: group it left empty)']);
    expect(result.source).not.toContain('seo');
  });

  it('refuses a --date that is not a date', () => {
    expect(convert(`${FIX}/no-author-date.md`, { ...FLAGS, date: '12/03/2025' })).toEqual({
      refusals: ['--date "12/03/2025" is not a date; write it as YYYY-MM-DD, e.g. --date 2025-03-12'],
    });
  });
});

describe('plain text', () => {
  it('the seed 003 without flags is refused, listing exactly the three missing flags', () => {
    expect(convert(PLAIN_SEED)).toEqual({ refusals: [MISSING.date, MISSING.author, MISSING.category] });
    expect(convert(PLAIN_SEED, { date: '2025-03-12' })).toEqual({ refusals: [MISSING.author, MISSING.category] });
    expect(convert(PLAIN_SEED, { author: '21CTO', category: 'News' })).toEqual({ refusals: [MISSING.date] });
  });

  it('the seed 003: title from line 1, description from line 2, every later line a paragraph, furniture included', () => {
    const result = converted(convert(PLAIN_SEED, FLAGS));
    const lines = read(PLAIN_SEED).split('\n');
    expect(result.slug).toBe('why-openinfras-move-to-the-linux-foundation-signals-a-new-era-for-cloud-native-infrastructure');
    const parsed = parseFrontmatter(result.source);
    if ('problem' in parsed) throw new Error(parsed.problem.message);
    expect(parsed.data).toEqual({
      templateKey: 'blog-post',
      title: lines[0],
      author: '21CTO',
      date: '2025-03-12T00:00:00.000Z',
      category: [{ value: 'category-news-announcements', label: 'News & Announcements' }],
      hidePost: false,
      seo: { title: lines[0], description: lines[1], url: `https://blog.example.org/blog/${result.slug}`, twitterUsername: '@OpenInfraDev' },
    });
    const paragraphs = parsed.body.trim().split('\n\n');
    expect(paragraphs).toEqual(lines.slice(2).filter((l) => l.trim() !== ''));
    expect(paragraphs[0]).toBe('According to voting results, the Open Infrastructure Foundation (OpenInfra) intends to join the Linux Foundation.');
    expect(paragraphs.at(-1)).toBe('Thoughtful readers leave field notes, pushback, and hard-won operational detail here.');
    expect(result.changes.at(-1)).toBe(
      'body: every line after line 2 (lines 3–28) became a paragraph, 26 in all; the import cannot tell page furniture (related links, comments, footers) from the article, so delete what is not the article',
    );
  });

  it('escapes lines Markdown would read as syntax, trims spaces, and reports each change', () => {
    const result = converted(convert(`${FIX}/plain-article.txt`, FLAGS));
    expect(result.changes).toEqual([
      'title: from line 1, "Zuul 12 Ships With Faster Merges"',
      'seo.description: from line 2, "The gating system merges changes twice as fast as before."',
      'date: 2025-03-12T00:00:00.000Z from --date',
      'author: "21CTO" from --author',
      'category: "News & Announcements" (value category-news-announcements) from --category',
      'added templateKey: blog-post, hidePost: false, seo.title (the title), seo.url https://blog.example.org/blog/zuul-12-ships-with-faster-merges, seo.twitterUsername',
      'body: every line after line 2 (lines 4–8) became a paragraph, 5 in all; the import cannot tell page furniture (related links, comments, footers) from the article, so delete what is not the article',
      'body: removed leading or trailing spaces from 1 line(s)',
      'body: line 5 starts with "#"; escaped it with a backslash so Markdown keeps it as text',
      'body: line 6 starts with "1."; escaped it with a backslash so Markdown keeps it as text',
      'body: line 8 starts with "<"; escaped it with a backslash so Markdown keeps it as text',
    ]);
    expect(result.source.split('\n---\n')[1]).toBe(
      '\nZuul 12 is out today.\n\n\\# of merges per hour doubled in the benchmark.\n\n1\\. This line is not a list item in the original.\n\nIt keeps its words, without the leading spaces.\n\n\\<b>Not HTML either.</b>\n',
    );
  });

  it('refuses a file with a title only: there is no body', () => {
    expect(convert(`${FIX}/one-line.txt`, FLAGS)).toEqual({ refusals: ['there is no body: line 1 is the title, line 2 the description, and nothing follows'] });
    expect(convertDocument('', FLAGS)).toEqual({ refusals: ['the file is empty: its first line would be the title'] });
  });
});

describe('importFiles and importCommand', () => {
  let dir = '';
  let outDir = '';
  const options = (extra = {}) => ({ flags: {}, outDir, dryRun: false, publicDir: 'public', ...extra });
  const rel = (f: string) => path.relative(process.cwd(), f);

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-'));
    outDir = path.join(dir, 'posts');
    fs.mkdirSync(path.join(dir, 'authors'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'authors', 'jane-doe.md'), '---\nauthorName: Jane Doe\n---\n');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes <slug>.md, reports the changes and the content warnings, and never overwrites', () => {
    const output = rel(path.join(outDir, 'kata-containers-3-0.md'));
    const [first] = importFiles([`${FIX}/archive-post.md`], options());
    expect(first).toMatchObject({ input: `${FIX}/archive-post.md`, output, notes: [] });
    expect(first && 'warnings' in first && first.warnings).toEqual([
      `warning: ${output}: author "Jeremy Stanley" has no profile (the author page shows only the posts). fix: add ${rel(path.join(dir, 'authors', 'jeremy-stanley.md'))} with \`authorName: Jeremy Stanley\`.`,
      `warning: ${output}: author "Clark Boylan" has no profile (the author page shows only the posts). fix: add ${rel(path.join(dir, 'authors', 'clark-boylan.md'))} with \`authorName: Clark Boylan\`.`,
    ]);
    const written = read(output);
    fs.appendFileSync(output, 'An editor changed this.\n');
    expect(importFiles([`${FIX}/archive-post.md`], options())).toEqual([
      { input: `${FIX}/archive-post.md`, refusals: [`${output} already exists; it is never overwritten (edit it, or choose another title or seo.url)`] },
    ]);
    expect(read(output)).toBe(`${written}An editor changed this.\n`);
  });

  it('refuses a post whose URL another file already has, and the second of two inputs on one URL', () => {
    fs.mkdirSync(outDir);
    fs.writeFileSync(path.join(outDir, 'older-name.md'), '---\ntitle: Older\nauthor: A\ndate: 2020-01-01\nseo:\n  url: https://openinfra.org/blog/kata-containers-3-0/\n---\nx\n');
    expect(importFiles([`${FIX}/archive-post.md`], options())).toEqual([
      { input: `${FIX}/archive-post.md`, refusals: [`${rel(path.join(outDir, 'older-name.md'))} already resolves to /blog/kata-containers-3-0; choose another title or seo.url`] },
    ]);
    const copy = path.join(dir, 'copy.md');
    fs.copyFileSync(`${FIX}/bad-twitter.md`, copy);
    const reports = importFiles([`${FIX}/bad-twitter.md`, copy], options());
    expect(reports[1]).toEqual({ input: copy, refusals: [`${rel(path.join(outDir, 'a-handle-that-is-not-one.md'))} already exists; it is never overwritten (edit it, or choose another title or seo.url)`] });
  });

  it('refuses what the content check calls an error (unknown templateKey), writing nothing', () => {
    const output = rel(path.join(outDir, 'a-landing-page.md'));
    expect(importFiles([`${FIX}/unknown-template.md`], options())).toEqual([
      { input: `${FIX}/unknown-template.md`, refusals: [`error: ${output}: templateKey is "index-page", which this site does not know. fix: write \`templateKey: blog-post\`, or remove the line.`] },
    ]);
    expect(fs.existsSync(output)).toBe(false);
  });

  it('--dry-run reports what it would write and writes nothing', () => {
    const result = importCommand([PLAIN_SEED, '--dry-run', '--date', '2025-03-12', '--author', '21CTO', '--category', 'News & Announcements', '--out-dir', outDir], { contentDir: dir, publicDir: 'public' });
    expect(result.exitCode).toBe(0);
    expect(result.out[0]).toBe(`would write ${rel(path.join(outDir, 'why-openinfras-move-to-the-linux-foundation-signals-a-new-era-for-cloud-native-infrastructure.md'))} from ${PLAIN_SEED}`);
    expect(result.out.at(-1)).toBe('import: 1 would be written (dry run, nothing written), 0 refused');
    expect(fs.existsSync(outDir)).toBe(false);
  });

  it('imports a batch into <contentDir>/posts, refusing some, and exits 1 when any was refused', () => {
    const result = importCommand([`${FIX}/archive-post.md`, PLAIN_SEED, `${FIX}/missing.md`], { contentDir: dir, publicDir: 'public' });
    expect(result.exitCode).toBe(1);
    expect(result.out.filter((l) => !l.startsWith('  '))).toEqual([
      `wrote ${rel(path.join(outDir, 'kata-containers-3-0.md'))} from ${FIX}/archive-post.md`,
      `refused ${PLAIN_SEED}: nothing written`,
      `refused ${FIX}/missing.md: nothing written`,
      'import: 1 written, 2 refused',
    ]);
    expect(result.out).toContain(`  - ${MISSING.date}`);
    expect(result.out).toContain(`  - ${FIX}/missing.md is not a file`);
    expect(result.out).toContain('  change: category[0]: renamed id: to value: (category-A7fnZYrE1)');
    expect(fs.readdirSync(outDir)).toEqual(['kata-containers-3-0.md']);
  });

  it('prints usage for no file or an unknown flag', () => {
    const usage =
      'usage: npm run import -- <file>… [--date YYYY-MM-DD] [--author "Name"] [--category "Label"] [--out-dir content/posts] [--dry-run]\n' +
      '   or: npm run import -- --archive <checkout of the CMS repository> [--dry-run]';
    expect(importCommand([], { contentDir: dir, publicDir: 'public' })).toEqual({ exitCode: 2, out: [], err: ['import: give at least one file', usage] });
    expect(importCommand(['x.md', '--tag', 'y'], { contentDir: dir, publicDir: 'public' })).toMatchObject({ exitCode: 2, err: [expect.stringContaining("Unknown option '--tag'"), usage] });
  });
});
