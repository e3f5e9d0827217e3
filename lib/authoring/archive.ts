import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { displayPath as rel, listFiles } from '../content/files';
import { postPath } from '../paths';
import { personSlug } from '../rules/slug';
import { isRecord, parseFrontmatter } from './frontmatter';
import { convertDocument } from './import';
import { existingPostSlugs } from './post-files';
import { checkContext, checkPost, formatProblem, localImages } from './validate';

/*
 * `npm run import -- --archive <checkout>`: a whole Netlify CMS (Gatsby) checkout in one go —
 * every post (normalised as `import` normalises one file), every author profile (as the CMS wrote
 * it), and every image a post or profile links. Never overwrites; a second run changes nothing.
 */

export type ArchiveOptions = { contentDir: string; publicDir: string; dryRun: boolean };

/** What happened to each file; `refused` lines name the files and the fix. */
export type ArchiveReport = {
  posts: { written: string[]; unchanged: string[]; refused: string[] };
  profiles: { written: string[]; unchanged: string[]; merged: string[]; refused: string[] };
  images: { copied: string[]; unchanged: string[]; missing: string[]; refused: string[] };
  changes: string[];
  warnings: string[];
  skipped: number;
};

// Folders of a Gatsby checkout that hold no source content.
const NOT_SOURCE = /(^|\/)(node_modules|\.git|\.cache|public|out|\.next)(\/|$)/;
// Where a Gatsby checkout keeps what it serves at /…: static/img/x.png is /img/x.png.
const STATIC_DIRS = ['static', '.'];

type Found = { file: string; text: string; data: Record<string, unknown> };

/** A file's bytes equal `text`: the target is already what the import would write. */
const same = (file: string, text: string | Buffer) => fs.existsSync(file) && fs.readFileSync(file).equals(Buffer.from(text));

function readArchive(checkout: string): { posts: Found[]; profiles: Found[]; skipped: number } {
  const posts: Found[] = [];
  const profiles: Found[] = [];
  let skipped = 0;
  for (const file of listFiles(checkout)) {
    if (!file.endsWith('.md') || NOT_SOURCE.test(path.relative(checkout, file))) continue;
    const text = fs.readFileSync(file, 'utf8');
    const parsed = parseFrontmatter(text);
    const data = 'problem' in parsed ? {} : parsed.data;
    if (data.templateKey === 'blog-post') posts.push({ file, text, data });
    else if (typeof data.authorName === 'string') profiles.push({ file, text, data });
    else skipped++;
  }
  return { posts, profiles, skipped };
}

/** Profiles by person: one file each, identical copies (the CMS's name-1.md) merged, differing ones refused. */
function importProfiles(found: Found[], authorsDir: string, opts: ArchiveOptions, report: ArchiveReport): Set<string> {
  const people = new Set<string>();
  const byPerson = new Map<string, Found[]>();
  for (const f of found) {
    const slug = personSlug(String(f.data.authorName));
    byPerson.set(slug, [...(byPerson.get(slug) ?? []), f]);
  }
  for (const [slug, files] of byPerson) {
    // The file without the CMS's "-1" suffix (the shortest name) is the one kept.
    files.sort((a, b) => a.file.length - b.file.length || a.file.localeCompare(b.file));
    const [kept, ...copies] = files as [Found, ...Found[]];
    const differing = copies.filter((c) => !isDeepStrictEqual(c.data, kept.data));
    if (differing.length > 0) {
      report.profiles.refused.push(
        `${rel(kept.file)} and ${differing.map((d) => rel(d.file)).join(', ')} are profiles of ${String(kept.data.authorName)} that differ; keep the right one (or make them identical) in the archive, then import again`,
      );
      continue;
    }
    for (const copy of copies) report.profiles.merged.push(`${rel(copy.file)} is an identical copy of ${rel(kept.file)}: imported once`);
    const target = path.join(authorsDir, `${slug}.md`);
    people.add(slug);
    if (same(target, kept.text)) report.profiles.unchanged.push(rel(target));
    else if (fs.existsSync(target)) report.profiles.refused.push(`${rel(target)} exists and differs from ${rel(kept.file)}; it is never overwritten: merge them by hand`);
    else {
      if (!opts.dryRun) writeFile(target, kept.text);
      report.profiles.written.push(`${rel(target)} from ${rel(kept.file)}`);
    }
  }
  return people;
}

function writeFile(file: string, data: string | Buffer) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
}

/** Posts: converted as `import` converts one file; two posts on one URL are both refused. */
function importPosts(found: Found[], people: Set<string>, opts: ArchiveOptions, report: ArchiveReport): Found[] {
  const postsDir = path.join(opts.contentDir, 'posts');
  const ctx = checkContext(path.join(opts.contentDir, 'authors'), opts.publicDir);
  // The archive's profiles count even in a dry run, so authors are checked as after a real run.
  for (const slug of people) ctx.authorSlugs.add(slug);
  const existing = existingPostSlugs(postsDir);
  const converted = found.map((f) => ({ f, result: convertDocument(f.text, {}) }));
  const bySlug = new Map<string, typeof converted>();
  for (const c of converted) {
    if ('refusals' in c.result) {
      report.posts.refused.push(`${rel(c.f.file)}: ${c.result.refusals.join('; ')}`);
      continue;
    }
    bySlug.set(c.result.slug, [...(bySlug.get(c.result.slug) ?? []), c]);
  }
  const imported: Found[] = [];
  for (const [slug, group] of bySlug) {
    if (group.length > 1) {
      report.posts.refused.push(
        `${group.map((c) => rel(c.f.file)).join(' and ')} all resolve to ${postPath(slug)} (the old site served only one of them); give all but one a different seo.url in the archive, then import again`,
      );
      continue;
    }
    const { f, result } = group[0]!;
    if ('refusals' in result) continue;
    const target = path.join(postsDir, `${slug}.md`);
    const owner = existing.get(slug);
    if (same(target, result.source)) {
      report.posts.unchanged.push(rel(target));
      imported.push(f);
      continue;
    }
    if (fs.existsSync(target) || (owner && owner !== rel(target))) {
      report.posts.refused.push(`${rel(f.file)}: ${owner ?? rel(target)} already has ${postPath(slug)} and differs; it is never overwritten: compare the two by hand`);
      continue;
    }
    const problems = checkPost(rel(target), result.source, ctx).problems;
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) {
      report.posts.refused.push(`${rel(f.file)}: ${errors.map((p) => formatProblem(p).replace(/\n\s*/, ' ')).join('; ')}`);
      continue;
    }
    if (!opts.dryRun) writeFile(target, result.source);
    report.posts.written.push(`${rel(target)} from ${rel(f.file)}`);
    report.changes.push(...result.changes.map((c) => `${rel(target)}: ${c}`));
    report.warnings.push(...problems.filter((p) => !(p.field === 'body' && p.message.startsWith('links the image'))).map((p) => formatProblem(p).replace(/\n\s*/, ' ')));
    imported.push(f);
  }
  return imported;
}

/** Images the imported posts and profiles link, copied from the checkout's static folder to public/. */
function importImages(checkout: string, files: Found[], opts: ArchiveOptions, report: ArchiveReport): void {
  const done = new Set<string>();
  for (const f of files) {
    const seo = isRecord(f.data.seo) ? f.data.seo : {};
    const body = f.text.replace(/^---[\s\S]*?\n---/, '');
    const srcs = [...localImages(body, seo.image), ...(typeof f.data.avatar === 'string' && f.data.avatar.startsWith('/') ? [f.data.avatar] : [])];
    for (const src of srcs) {
      const file = decodeURI(src.split(/[?#]/)[0]!);
      if (done.has(file)) continue;
      done.add(file);
      const source = STATIC_DIRS.map((d) => path.join(checkout, d, file)).find((p) => fs.existsSync(p) && fs.statSync(p).isFile());
      const target = path.join(opts.publicDir, file);
      if (!source) {
        if (fs.existsSync(target)) report.images.unchanged.push(rel(target));
        else report.images.missing.push(`${src}, linked by ${rel(f.file)}, is not in the archive's static/ folder (nor in ${rel(opts.publicDir)}/): the page shows its alt text until it is added`);
        continue;
      }
      const bytes = fs.readFileSync(source);
      if (same(target, bytes)) report.images.unchanged.push(rel(target));
      else if (fs.existsSync(target)) report.images.refused.push(`${rel(target)} exists and differs from ${rel(source)}; it is never overwritten`);
      else {
        if (!opts.dryRun) writeFile(target, bytes);
        report.images.copied.push(`${rel(target)} from ${rel(source)}`);
      }
    }
  }
}

/** Imports a whole CMS checkout into the content and public folders; see ArchiveReport. */
export function importArchive(checkout: string, opts: ArchiveOptions): ArchiveReport {
  const report: ArchiveReport = {
    posts: { written: [], unchanged: [], refused: [] },
    profiles: { written: [], unchanged: [], merged: [], refused: [] },
    images: { copied: [], unchanged: [], missing: [], refused: [] },
    changes: [],
    warnings: [],
    skipped: 0,
  };
  const { posts, profiles, skipped } = readArchive(checkout);
  report.skipped = skipped;
  const people = importProfiles(profiles, path.join(opts.contentDir, 'authors'), opts, report);
  const imported = importPosts(posts, people, opts, report);
  importImages(checkout, [...imported, ...profiles], opts, report);
  return report;
}

/** The report as the command prints it: every file's fate, then one summary line per kind. */
export function archiveLines(report: ArchiveReport, dryRun: boolean): string[] {
  const verb = dryRun ? 'would write' : 'wrote';
  const copy = dryRun ? 'would copy' : 'copied';
  return [
    ...report.profiles.written.map((l) => `${verb} ${l}`),
    ...report.profiles.merged.map((l) => `merged ${l}`),
    ...report.posts.written.map((l) => `${verb} ${l}`),
    ...report.changes.map((l) => `  change: ${l}`),
    ...report.images.copied.map((l) => `${copy} ${l}`),
    ...report.warnings.map((l) => `  ${l}`),
    ...report.images.missing.map((l) => `missing image: ${l}`),
    ...[...report.profiles.refused, ...report.posts.refused, ...report.images.refused].map((l) => `refused: ${l}`),
    `posts: ${report.posts.written.length} ${dryRun ? 'to write' : 'written'}, ${report.posts.unchanged.length} unchanged, ${report.posts.refused.length} refused`,
    `profiles: ${report.profiles.written.length} ${dryRun ? 'to write' : 'written'}, ${report.profiles.unchanged.length} unchanged, ${report.profiles.merged.length} duplicate(s) merged, ${report.profiles.refused.length} refused`,
    `images: ${report.images.copied.length} ${dryRun ? 'to copy' : 'copied'}, ${report.images.unchanged.length} unchanged, ${report.images.missing.length} missing, ${report.images.refused.length} refused`,
    `changes: ${report.changes.length} made to the archive's files${report.skipped ? `; ${report.skipped} markdown file(s) that are neither posts nor profiles left out` : ''}${dryRun ? ' (dry run: nothing written)' : ''}`,
  ];
}
