import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fieldAtLine, parseFrontmatter } from './frontmatter';
import { checkContent, checkPost, formatProblem, localImages, type Problem } from './validate';

const BAD = 'test/fixtures/content-bad';
const PUBLIC = 'test/fixtures/public';
const check = (name: string) => checkContent(path.join(BAD, name), PUBLIC);
const post = (name: string, file: string) => `${BAD}/${name}/posts/${file}`;
const error = (file: string, field: string | null, message: string, fix: string): Problem => ({ severity: 'error', file, field, message, fix });
const warning = (file: string, field: string | null, message: string, fix: string): Problem => ({ severity: 'warning', file, field, message, fix });

describe('checkContent on one fixture folder per bad case', () => {
  it('every case folder is covered by a test below', () => {
    expect(fs.readdirSync(BAD).sort()).toEqual([
      'author-without-profile', 'bad-date', 'bad-yaml', 'duplicate-author', 'duplicate-url', 'empty-link', 'hidepost-string', 'id-categories', 'long-seo',
      'missing-image', 'missing-title', 'no-category', 'no-frontmatter', 'reserved-slug', 'stray-document', 'stray-text-file', 'unknown-template',
    ]);
  });

  it('no frontmatter: an error that points to the import command', () => {
    expect(check('no-frontmatter')).toEqual({
      errors: [error(post('no-frontmatter', 'plain-text.md'), null, 'the file has no frontmatter',
        'start the file with a --- block holding at least title, author and date (see the README), or turn a plain-text article into a post with `npm run import -- <file> --date … --author … --category …`')],
      warnings: [], posts: 1, authors: 1,
    });
  });

  it('bad YAML: the line and column in the file, the field, and the quoted value to write', () => {
    expect(check('bad-yaml').errors).toEqual([
      error(post('bad-yaml', 'unquoted-colon.md'), 'title', 'is not valid YAML at line 3, column 8: Nested mappings are not allowed in compact mappings',
        'put the value in double quotes: `title: "Zuul: a gating system that never merges broken code"`'),
    ]);
    expect(fs.readFileSync(post('bad-yaml', 'unquoted-colon.md'), 'utf8').split('\n')[2]).toBe('title: Zuul: a gating system that never merges broken code');
  });

  it('missing title', () => {
    expect(check('missing-title')).toEqual({
      errors: [error(post('missing-title', 'no-title.md'), 'title', 'is missing', 'add `title: Your headline`')], warnings: [], posts: 1, authors: 1,
    });
  });

  it('bad date: 30 February is not a date', () => {
    expect(check('bad-date')).toEqual({
      errors: [error(post('bad-date', 'february-30.md'), 'date', '"2021-02-30T10:00:00.000Z" is not a date',
        'write a real calendar date as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS.000Z, e.g. 2024-05-31T09:00:00.000Z')],
      warnings: [], posts: 1, authors: 1,
    });
  });

  it('unknown templateKey', () => {
    expect(check('unknown-template').errors).toEqual([
      error(post('unknown-template', 'landing-page.md'), 'templateKey', 'is "index-page", which this site does not know', 'write `templateKey: blog-post`, or remove the line'),
    ]);
  });

  it('duplicate URL: two spellings of one slug, and the message names both files', () => {
    const first = post('duplicate-url', 'first.md');
    const second = post('duplicate-url', 'second.md');
    expect(check('duplicate-url')).toEqual({
      errors: [error(second, 'seo.url', `resolves to /blog/summit-recap, the same URL as ${first}`,
        `give one of ${first} and ${second} a different seo.url; the build refuses both until then`)],
      warnings: [], posts: 2, authors: 1,
    });
  });

  it('`id:` categories, an unpadded date and a twitter.com handle with a trailing space are accepted', () => {
    expect(check('id-categories')).toEqual({ errors: [], warnings: [], posts: 1, authors: 1 });
  });

  it('hidePost as a string', () => {
    expect(check('hidepost-string').errors).toEqual([
      error(post('hidepost-string', 'quoted-false.md'), 'hidePost', 'is "false" (text), not true or false', 'write `hidePost: true` or `hidePost: false`, without quotes'),
    ]);
  });

  it('missing local images are warnings naming each path; present and remote images are fine', () => {
    const file = post('missing-image', 'with-images.md');
    expect(check('missing-image')).toEqual({
      errors: [],
      warnings: [
        warning(file, 'body', `links the image /img/missing-diagram.png, which is not in ${PUBLIC}/`, `add ${PUBLIC}/img/missing-diagram.png, or fix the path`),
        warning(file, 'body', `links the image /img/missing-photo.jpg, which is not in ${PUBLIC}/`, `add ${PUBLIC}/img/missing-photo.jpg, or fix the path`),
      ],
      posts: 1, authors: 1,
    });
  });

  it('a link with no text is a warning naming its URL; an image link is fine', () => {
    const file = post('empty-link', 'cms-leftovers.md');
    const empty = (url: string) =>
      warning(file, 'body', `has a link to ${url} with no text, which readers cannot see and screen readers cannot name (the page shows the URL instead)`,
        `write the words to click between the brackets, e.g. \`[Join us](${url})\`, or delete the link`);
    expect(check('empty-link')).toEqual({ errors: [], warnings: [empty('https://openinfra.dev/summit'), empty('https://openinfra.dev/join')], posts: 1, authors: 1 });
  });

  it('an author without a profile is a warning naming the profile file to add; the one with a profile is fine', () => {
    expect(check('author-without-profile')).toEqual({
      errors: [],
      warnings: [warning(post('author-without-profile', 'guest.md'), 'author', '"Guest Writer" has no profile (the author page shows only the posts)',
        `add ${BAD}/author-without-profile/authors/guest-writer.md with \`authorName: Guest Writer\``)],
      posts: 1, authors: 1,
    });
  });

  it('over-long title and description are warnings with the lengths', () => {
    const file = post('long-seo', 'long.md');
    expect(check('long-seo')).toEqual({
      errors: [],
      warnings: [
        warning(file, 'title', 'is 92 characters; search engines show about 60', 'set a seo.title of at most 60 characters'),
        warning(file, 'seo.description', 'is 168 characters; search engines show about 160', 'shorten seo.description to at most 160 characters'),
      ],
      posts: 1, authors: 1,
    });
  });

  it('no category is a warning', () => {
    expect(check('no-category').warnings).toEqual([
      warning(post('no-category', 'uncategorised.md'), 'category', 'is empty, so the post is in no category', 'add `category:` with an item `- value: category-…` and `label: Community`'),
    ]);
  });

  it('a reserved slug such as `page` is an error', () => {
    expect(check('reserved-slug').errors).toEqual([
      error(post('reserved-slug', 'page.md'), 'seo.url', 'gives the slug "page", which is a section of the blog (/blog/page/…), so the post could never be reached', 'choose another last segment for seo.url'),
    ]);
  });
});

describe('authors and stray files', () => {
  it('a second profile for one person is an error; a bad handle and a missing avatar are warnings', () => {
    const dir = `${BAD}/duplicate-author/authors`;
    expect(check('duplicate-author')).toEqual({
      errors: [error(`${dir}/jane-doe.md`, 'authorName', `names the same person as ${dir}/jane-doe-again.md`, 'keep one profile per person and delete the other file')],
      warnings: [
        warning(`${dir}/jane-doe.md`, 'twitter', '"not a handle" is not a Twitter/X handle; write it as @name (letters, digits and _ only, at most 15); it is left out of the page', 'write it as @name'),
        warning(`${dir}/jane-doe.md`, 'avatar', `is /img/jane-doe.jpg, which is not in ${PUBLIC}/`, `add ${PUBLIC}/img/jane-doe.jpg, or fix the path`),
      ],
      posts: 1, authors: 2,
    });
  });

  it('a text file among the posts is an error pointing to the import command', () => {
    expect(check('stray-text-file')).toEqual({
      errors: [error(`${BAD}/stray-text-file/posts/draft.txt`, null, 'is not a markdown (.md) file, so it would never be published', 'turn it into a post with `npm run import -- <file>`, or move it out of the content folder')],
      warnings: [], posts: 2, authors: 1,
    });
  });

  it('a markdown file outside posts/ and authors/ is an error', () => {
    expect(check('stray-document').errors).toEqual([
      error(`${BAD}/stray-document/README.md`, null, 'is neither in posts/ nor in authors/, so the build refuses it', 'move it into posts/ (a post) or authors/ (a profile), or out of the content folder'),
    ]);
  });
});

describe('the seeds', () => {
  const seeds = 'test/fixtures/seeds';
  const ctx = { publicDir: 'public', authorsDir: 'content/authors', authorSlugs: new Set(['jonathan-bryce', 'jimmy-mcarthur', 'allison-price']) };

  it.each(fs.readdirSync(seeds).filter((f) => fs.readFileSync(path.join(seeds, f), 'utf8').startsWith('---')))('%s passes with zero errors', (name) => {
    const { problems, slug } = checkPost(name, fs.readFileSync(path.join(seeds, name), 'utf8'), ctx);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(slug).toMatch(/^[a-z0-9-]+$/);
  });

  it('four of the five seeds have frontmatter; 003 has none and is refused for exactly that', () => {
    const { problems } = checkPost('003_c765242a16c13cf0.txt', fs.readFileSync(path.join(seeds, '003_c765242a16c13cf0.txt'), 'utf8'), ctx);
    expect(problems.map((p) => `${p.severity} ${p.message}`)).toEqual(['error the file has no frontmatter']);
  });

  it('the converted seeds in content/ pass with zero errors', () => {
    expect(checkContent('content', 'public').errors).toEqual([]);
  });
});

describe('frontmatter details', () => {
  const ctx = { publicDir: PUBLIC, authorsDir: 'authors', authorSlugs: new Set(['jane-doe']) };
  const base = 'templateKey: blog-post\ntitle: T\nauthor: Jane Doe\ndate: 2024-05-31\ncategory:\n  - value: c\n    label: Community';
  const problemsOf = (front: string, body = 'Body.') => checkPost('x.md', `---\n${front}\n---\n${body}`, ctx).problems.map(formatProblem);

  it('a byte-order mark does not hide the frontmatter, and a missing closing --- is named', () => {
    expect(problemsOf(base)).toEqual([]);
    expect(checkPost('x.md', `\uFEFF---\n${base}\n---\nBody`, ctx).problems).toEqual([]);
    expect(checkPost('x.md', `---\n${base}\nBody`, ctx).problems.map(formatProblem)).toEqual([
      'error: x.md: the frontmatter has no closing --- line.\n  fix: end the frontmatter with a line holding only ---, before the body.',
    ]);
  });

  it('an unquoted @handle is a YAML error on its nested field, with the quoted fix', () => {
    expect(problemsOf(`${base}\nseo:\n  url: https://openinfra.dev/blog/t\n  twitterUsername: @OpenInfraDev`)).toEqual([
      'error: x.md: seo.twitterUsername is not valid YAML at line 11, column 20: Plain value cannot start with reserved character @.\n  fix: put the value in double quotes: `twitterUsername: "@OpenInfraDev"`.',
    ]);
  });

  it('a duplicated key is a YAML error on its line', () => {
    expect(problemsOf(`${base}\ntitle: Again`)).toEqual([
      'error: x.md: title is not valid YAML at line 9, column 1: Map keys must be unique.\n  fix: check line 9 and the line above it: indent nested fields with spaces (never tabs), and quote values that contain ": " or start with @, [, {, * or #.',
    ]);
  });

  it('non-text title and author, missing author and date, a category without label, and a non-list seo', () => {
    expect(problemsOf('title: 2021\ncategory:\n  - value: c\nseo: just text')).toEqual([
      'error: x.md: title is 2021, not text.\n  fix: write it in double quotes: `title: "2021"`.',
      'error: x.md: author is missing.\n  fix: add `author: First Last` (several people: `author: Jeremy Stanley and Clark Boylan`).',
      'error: x.md: date is missing.\n  fix: add `date: 2024-05-31T09:00:00.000Z` (the publication date and time, UTC).',
      'error: x.md: category[0].label is missing.\n  fix: give every category item a `label:` (the name readers see).',
      'error: x.md: seo must be a group of fields.\n  fix: indent title, description, url and twitterUsername under `seo:`.',
    ]);
  });

  it('unknown fields are warnings, and a bad twitter handle is a warning that it is left out', () => {
    expect(problemsOf(`${base}\ntags: [a]\nseo:\n  twitterUsername: not a handle\n  keywords: x`)).toEqual([
      'warning: x.md: tags is not part of the schema and is ignored.\n  fix: remove it, or use one of templateKey, title, author, date, category, hidePost, seo.',
      'warning: x.md: seo.keywords is not part of the schema and is ignored.\n  fix: remove it, or use one of title, description, url, twitterUsername, image.',
      'warning: x.md: seo.twitterUsername "not a handle" is not a Twitter/X handle; write it as @name (letters, digits and _ only, at most 15); it is left out of the page.\n  fix: write it as @OpenInfraDev.',
    ]);
  });

  it('a title that slugs to nothing is an error', () => {
    expect(problemsOf(base.replace('title: T', 'title: "!!!"'))).toEqual([
      'error: x.md: seo.url gives no usable slug, and neither does the title.\n  fix: set seo.url to https://openinfra.dev/blog/your-post-slug.',
    ]);
  });

  it('fieldAtLine walks up the indentation, and a continuation line belongs to the key above it', () => {
    const lines = ['---', 'title: x', 'seo:', '  description: a long', '    continued line', '  url: y'];
    expect(fieldAtLine(lines, 1)).toBe('title');
    expect(fieldAtLine(lines, 3)).toBe('seo.description');
    expect(fieldAtLine(lines, 4)).toBe('seo.description');
    expect(fieldAtLine(lines, 5)).toBe('seo.url');
    expect(fieldAtLine(lines, 0)).toBeNull();
  });

  it('parseFrontmatter leaves dates as strings, as contentlayer2 does', () => {
    expect(parseFrontmatter('---\ndate: 2021-09-08T14:49:35.540Z\n---\nx')).toEqual({ data: { date: '2021-09-08T14:49:35.540Z' }, body: 'x' });
  });

  it('localImages finds markdown and HTML images and seo.image, not remote ones', () => {
    expect(localImages('![a](/img/a.png "t") ![b](<img/rel.png>) <img src="/img/c.jpg"> ![d](https://x/d.png) ![e](//cdn/e.png)', '/img/card.png'))
      .toEqual(['/img/a.png', '/img/c.jpg', '/img/card.png']);
  });
});

describe('formatProblem', () => {
  it('names severity, file, field, message and fix', () => {
    expect(formatProblem(error('content/posts/x.md', 'title', 'is missing', 'add `title: Your headline`'))).toBe(
      'error: content/posts/x.md: title is missing.\n  fix: add `title: Your headline`.',
    );
  });
});

describe('a file deleted while the folder is being checked (a save under npm run dev)', () => {
  const folder = path.join(BAD, 'duplicate-url');
  const [first, second] = fs.readdirSync(path.join(folder, 'posts')).sort();

  it('is left out, not a crash: the check sees the folder as it is after the deletion', () => {
    const read = fs.readFileSync;
    const stat = fs.statSync;
    const gone = (file: unknown) => Object.assign(new Error(`ENOENT: no such file or directory, open '${String(file)}'`), { code: 'ENOENT' });
    const spy = vi.spyOn(fs, 'readFileSync').mockImplementation(((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
      if (String(file).endsWith(second!)) throw gone(file);
      return (read as (...a: unknown[]) => unknown)(file, ...rest);
    }) as typeof fs.readFileSync);
    const statSpy = vi.spyOn(fs, 'statSync').mockImplementation(((file: fs.PathLike, ...rest: unknown[]) => {
      if (String(file).endsWith(second!)) throw gone(file);
      return (stat as (...a: unknown[]) => unknown)(file, ...rest);
    }) as typeof fs.statSync);
    try {
      // Two posts on one URL: with the second one gone, nothing collides any more.
      expect(check('duplicate-url').errors).toEqual([]);
      // The first post is still checked (read, or its earlier result reused once its file is seen unchanged).
      expect(statSpy).toHaveBeenCalledWith(expect.stringContaining(first!));
    } finally {
      spy.mockRestore();
      statSpy.mockRestore();
    }
    expect(check('duplicate-url').errors).toHaveLength(1);
  });

  it('any other read error still stops the check', () => {
    const spy = vi.spyOn(fs, 'readFileSync').mockImplementation(() => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    });
    try {
      expect(() => check('duplicate-url')).toThrow('EACCES');
    } finally {
      spy.mockRestore();
    }
  });
});

describe('checking the folder again (npm run dev checks it on every save)', () => {
  const copy = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-again-'));
    fs.cpSync('test/fixtures/content', path.join(dir, 'content'), { recursive: true });
    fs.cpSync(PUBLIC, path.join(dir, 'public'), { recursive: true });
    return dir;
  };
  const postReads = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.filter(([f]) => String(f).includes(`${path.sep}posts${path.sep}`)).length;

  it('reads only the posts that changed, and gives the same report as a first check', () => {
    const dir = copy();
    const content = path.join(dir, 'content');
    const publicDir = path.join(dir, 'public');
    const first = checkContent(content, publicDir);
    const spy = vi.spyOn(fs, 'readFileSync');
    try {
      expect(checkContent(content, publicDir)).toEqual(first);
      expect(postReads(spy)).toBe(0);
      const file = path.join(content, 'posts', 'alpha-release-notes.md');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title:'));
      spy.mockClear();
      const edited = checkContent(content, publicDir);
      expect(postReads(spy)).toBe(1);
      expect(edited.errors).toEqual([expect.objectContaining({ field: 'title', message: 'is missing' })]);
    } finally {
      spy.mockRestore();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('notices an image added to public/ and a profile added for an author, without the post changing', () => {
    const dir = copy();
    const content = path.join(dir, 'content');
    const publicDir = path.join(dir, 'public');
    fs.writeFileSync(path.join(content, 'posts', 'with-image.md'), '---\ntitle: With an image\nauthor: Nobody Yet\ndate: 2024-01-02\ncategory:\n  - value: community\n    label: Community\n---\n![A photo](/img/later.png)\n');
    const fields = () => checkContent(content, publicDir).warnings.filter((w) => w.file.endsWith('with-image.md')).map((w) => w.field);
    try {
      expect(fields().sort()).toEqual(['author', 'body']);
      fs.mkdirSync(path.join(publicDir, 'img'), { recursive: true });
      fs.writeFileSync(path.join(publicDir, 'img', 'later.png'), 'png');
      expect(fields()).toEqual(['author']);
      fs.writeFileSync(path.join(content, 'authors', 'nobody-yet.md'), '---\nauthorName: Nobody Yet\n---\n');
      expect(fields()).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
