import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listFiles } from '../content/files';
import { importCommand } from './import-command';
import { checkContent } from './validate';

// test/fixtures/archive is a Gatsby + Netlify CMS checkout with the live archive's quirks: verbatim
// seo.url paths (case, _ and +), a doubled URL, camel-case and digit categories, a multi-author
// string, a profile saved twice (name-1.md), an image in static/img and one that is missing.
const ARCHIVE = path.resolve('test/fixtures/archive');

let work = '';
let archive = '';
let contentDir = '';
let publicDir = '';
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-'));
  archive = path.join(work, 'checkout');
  contentDir = path.join(work, 'content');
  publicDir = path.join(work, 'public');
  fs.cpSync(ARCHIVE, archive, { recursive: true });
  fs.mkdirSync(path.join(contentDir, 'posts'), { recursive: true });
  fs.mkdirSync(publicDir);
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

const run = (...flags: string[]) => importCommand(['--archive', archive, ...flags], { contentDir, publicDir });
const tree = (dir: string) => listFiles(dir).map((f) => path.relative(dir, f));
const snapshot = () => Object.fromEntries([...listFiles(contentDir), ...listFiles(publicDir)].map((f) => [f, fs.readFileSync(f, 'utf8')]));
const rel = (f: string) => path.relative(process.cwd(), f);

describe('npm run import -- --archive', () => {
  it('brings every post, profile and linked image, reports each change, and the result passes content:check', () => {
    const result = run();
    expect(result.exitCode).toBe(0);
    expect(tree(contentDir)).toEqual([
      'authors/clark-boylan.md',
      'authors/ildiko-vancsa.md',
      'authors/jimmy-mcarthur.md',
      'posts/doubled-url-post.md',
      'posts/kata-containers-at-the-edge.md',
      'posts/oiseu-programming-cicd.md',
      'posts/zuul-nodepool-update.md',
    ]);
    expect(tree(publicDir)).toEqual(['img/team-photo.jpg', 'img/zuul-pipeline.png']);
    // Profiles as the CMS wrote them, byte for byte.
    expect(fs.readFileSync(path.join(contentDir, 'authors/jimmy-mcarthur.md'), 'utf8')).toBe(fs.readFileSync(path.join(ARCHIVE, 'src/pages/authors/jimmy-mcarthur.md'), 'utf8'));
    expect(result.out).toContain(`merged ${rel(path.join(archive, 'src/pages/authors/jimmy-mcarthur-1.md'))} is an identical copy of ${rel(path.join(archive, 'src/pages/authors/jimmy-mcarthur.md'))}: imported once`);
    expect(result.out).toContain(`  change: ${rel(path.join(contentDir, 'posts/oiseu-programming-cicd.md'))}: hidePost: "false" → false (a boolean, not text)`);
    expect(result.out).toContain(
      `missing image: /img/edge-architecture-missing.png, linked by ${rel(path.join(archive, 'src/pages/blog/ildiko.md'))}, is not in the archive's static/ folder (nor in ${rel(publicDir)}/): the page shows its alt text until it is added`,
    );
    expect(result.out.slice(-4)).toEqual([
      'posts: 4 written, 0 unchanged, 0 refused',
      'profiles: 3 written, 0 unchanged, 1 duplicate(s) merged, 0 refused',
      'images: 2 copied, 0 unchanged, 1 missing, 0 refused',
      'changes: 4 made to the archive\'s files',
    ]);
    // The seo.url is kept verbatim: the old address stays known to the site.
    expect(fs.readFileSync(path.join(contentDir, 'posts/oiseu-programming-cicd.md'), 'utf8')).toContain('url: https://openinfra.org/blog/OISEU_programming_cicd');
    expect(checkContent(contentDir, publicDir).errors).toEqual([]);
  });

  it('changes nothing when run twice', () => {
    run();
    const before = snapshot();
    const again = run();
    expect(again.exitCode).toBe(0);
    expect(snapshot()).toEqual(before);
    expect(again.out.slice(-4, -1)).toEqual([
      'posts: 0 written, 4 unchanged, 0 refused',
      'profiles: 0 written, 3 unchanged, 1 duplicate(s) merged, 0 refused',
      'images: 0 copied, 2 unchanged, 1 missing, 0 refused',
    ]);
  });

  it('writes nothing in a dry run, and says what it would do', () => {
    const result = run('--dry-run');
    expect(result.exitCode).toBe(0);
    expect(snapshot()).toEqual({});
    expect(result.out.at(-4)).toBe('posts: 4 to write, 0 unchanged, 0 refused');
    expect(result.out.at(-1)).toMatch(/\(dry run: nothing written\)$/);
  });

  it('refuses both posts on one URL and both differing profiles of one person, naming the files, and imports the rest', () => {
    const blog = path.join(archive, 'src/pages/blog');
    fs.writeFileSync(path.join(blog, 'zuul-again.md'), fs.readFileSync(path.join(blog, 'zuul-nodepool.md'), 'utf8').replace('title: Zuul and Nodepool Update', 'title: Zuul and Nodepool, Again'));
    const authors = path.join(archive, 'src/pages/authors');
    fs.writeFileSync(path.join(authors, 'clark-boylan-1.md'), '---\ntemplateKey: tags\nauthorName: Clark Boylan\ncompany: Another Company\n---\n');
    const result = run();
    expect(result.exitCode).toBe(1);
    const refused = result.out.filter((l) => l.startsWith('refused: '));
    expect(refused).toEqual([
      `refused: ${rel(path.join(authors, 'clark-boylan.md'))} and ${rel(path.join(authors, 'clark-boylan-1.md'))} are profiles of Clark Boylan that differ; keep the right one (or make them identical) in the archive, then import again`,
      `refused: ${rel(path.join(blog, 'zuul-again.md'))} and ${rel(path.join(blog, 'zuul-nodepool.md'))} all resolve to /blog/zuul-nodepool-update (the old site served only one of them); give all but one a different seo.url in the archive, then import again`,
    ]);
    expect(tree(contentDir)).toEqual(['authors/ildiko-vancsa.md', 'authors/jimmy-mcarthur.md', 'posts/doubled-url-post.md', 'posts/kata-containers-at-the-edge.md', 'posts/oiseu-programming-cicd.md']);
  });

  it('never overwrites a post the site already has on that URL', () => {
    fs.writeFileSync(path.join(contentDir, 'posts/doubled-url-post.md'), '---\ntitle: Edited here\nauthor: A\ndate: 2024-01-01\n---\nLocal edit.\n');
    const result = run();
    expect(result.exitCode).toBe(1);
    expect(result.out.filter((l) => l.startsWith('refused: '))).toEqual([
      `refused: ${rel(path.join(archive, 'src/pages/blog/doubled.md'))}: ${rel(path.join(contentDir, 'posts/doubled-url-post.md'))} already has /blog/doubled-url-post and differs; it is never overwritten: compare the two by hand`,
    ]);
    expect(fs.readFileSync(path.join(contentDir, 'posts/doubled-url-post.md'), 'utf8')).toContain('Local edit.');
  });
});
