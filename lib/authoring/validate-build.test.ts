import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from './validate';

/*
 * contentlayer2 itself must refuse what content:check calls an error, so `contentlayer2 build` (and
 * `npm run dev`'s watcher) cannot publish it. Every bad-content fixture is copied into one content
 * folder (file names prefixed with the case) and built once in a temporary copy of the project:
 * contentlayer2 lists every failing document, so each case is checked by its file name in the output.
 */

const ROOT = process.cwd();
const BAD = path.join(ROOT, 'test/fixtures/content-bad');
const PUBLIC = path.join(ROOT, 'test/fixtures/public');

/** Errors contentlayer2 lets through; content:check, the first step of `npm run build`, refuses them. */
const CONTENTLAYER_ACCEPTS: Record<string, string> = {
  'duplicate-url': 'one document at a time cannot see another; lib/content/queries.ts also throws on it during next build',
  'duplicate-author': 'one document at a time cannot see another; the site would show one of the two profiles',
  'stray-text-file': 'contentlayer2 reads only .md/.mdx/.json/.yaml/.yml, so a .txt post is silently unpublished',
};

const cases = fs.readdirSync(BAD).sort().map((name) => ({ name, report: checkContent(path.join(BAD, name), PUBLIC) }));

/** Where a fixture file lands in the combined folder: posts/x.md of case c -> posts/c--x.md. */
function combinedPath(name: string, file: string): string {
  const rel = path.relative(path.join(BAD, name), path.resolve(ROOT, file));
  const [top, ...rest] = rel.split(path.sep);
  return rest.length > 0 ? path.join(top!, `${name}--${rest.join('--')}`) : `${name}--${top}`;
}

function copyCombined(target: string) {
  for (const { name } of cases) {
    for (const entry of fs.readdirSync(path.join(BAD, name), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      const to = path.join(target, combinedPath(name, path.relative(ROOT, file)));
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(file, to);
    }
  }
}

async function contentlayerBuild(project: string, contentDir: string): Promise<{ code: number; output: string }> {
  fs.rmSync(path.join(project, '.contentlayer'), { recursive: true, force: true });
  // The content build the site runs (npm run content:build), not the contentlayer2 CLI.
  const script = path.join(ROOT, 'scripts', 'content-build.mjs');
  return promisify(execFile)(process.execPath, [script, '--verbose'], { cwd: project, env: { ...process.env, PWD: project, CONTENT_DIR: contentDir } }).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` }),
  );
}

const named = (output: string, file: string) => new RegExp(`• "?${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"?(\\s|$)`, 'm').test(output);

describe('contentlayer2 build refuses what content:check calls an error', () => {
  let project = '';
  let bad = { code: 0, output: '' };

  beforeAll(async () => {
    project = fs.mkdtempSync(path.join(os.tmpdir(), 'contentlayer-build-'));
    for (const name of ['node_modules', 'lib']) fs.symlinkSync(path.join(ROOT, name), path.join(project, name));
    for (const name of ['contentlayer.config.ts', 'package.json']) fs.copyFileSync(path.join(ROOT, name), path.join(project, name));
    copyCombined(path.join(project, 'content-bad'));
    bad = await contentlayerBuild(project, path.join(project, 'content-bad'));
  }, 120_000);

  afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

  it('the build with every bad case exits non-zero', () => {
    expect(bad.code, bad.output).not.toBe(0);
  });

  for (const { name, report } of cases.filter((c) => c.report.errors.length > 0)) {
    const file = combinedPath(name, report.errors[0]!.file);
    if (name in CONTENTLAYER_ACCEPTS) {
      it(`${name}: contentlayer2 accepts it (${CONTENTLAYER_ACCEPTS[name]}); content:check refuses it`, () => {
        expect(named(bad.output, file), bad.output).toBe(false);
      });
    } else {
      it(`${name}: contentlayer2 names ${file} as failing`, () => {
        expect(named(bad.output, file), bad.output).toBe(true);
      });
    }
  }

  it('files with warnings only are not refused by contentlayer2', () => {
    for (const { name } of cases.filter((c) => c.report.errors.length === 0)) {
      for (const entry of fs.readdirSync(path.join(BAD, name, 'posts'))) expect(named(bad.output, path.join('posts', `${name}--${entry}`)), name).toBe(false);
    }
  });

  it('a folder with warnings only builds (id-categories: `id:` categories and an unpadded date)', { timeout: 120_000 }, async () => {
    const good = await contentlayerBuild(project, path.join(BAD, 'id-categories'));
    expect({ code: good.code, last: good.output.trim().split('\n').at(-1) }).toEqual({ code: 0, last: 'Generated 2 documents in .contentlayer' });
  });
});
