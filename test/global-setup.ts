import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { importCommand } from '../lib/authoring/import-command';

const root = path.resolve(__dirname, '..');

/** The fixture content folders the unit tests read, each built by contentlayer2 on its own. */
export const FIXTURES = {
  content: 'test/fixtures/content',
  'duplicate-url': 'test/fixtures/duplicate-url',
  // The archive fixture as `npm run import -- --archive` brings it in (see importedArchive below).
  archive: '.contentlayer/test/archive-content',
} as const;

/** test/fixtures/archive imported by the real command into FIXTURES.archive, before it is built. */
function importedArchive() {
  const contentDir = path.join(root, FIXTURES.archive);
  fs.rmSync(contentDir, { recursive: true, force: true });
  fs.mkdirSync(path.join(contentDir, 'posts'), { recursive: true });
  const result = importCommand(['--archive', path.join(root, 'test/fixtures/archive')], { contentDir, publicDir: path.join(root, '.contentlayer/test/archive-public') });
  if (result.exitCode !== 0) throw new Error(`importing test/fixtures/archive failed:\n${result.out.join('\n')}`);
}

/** Where contentlayer2 writes a fixture's output: under .contentlayer/test/, never .contentlayer/generated. */
export function fixtureGenerated(name: keyof typeof FIXTURES): string {
  return path.join(root, '.contentlayer', 'test', name, '.contentlayer', 'generated');
}

/**
 * Builds each fixture folder as the site builds its content (scripts/content-build.mjs, i.e.
 * `npm run content:build`) with the real config. contentlayer2 writes to `<cwd>/.contentlayer`,
 * so each build runs in its own folder and the site's .contentlayer/generated (which
 * `npm run build` and the e2e server use) is never touched.
 */
export default function buildFixtureContent() {
  importedArchive();
  const script = path.join(root, 'scripts', 'content-build.mjs');
  for (const [name, dir] of Object.entries(FIXTURES)) {
    const cwd = path.join(root, '.contentlayer', 'test', name);
    fs.rmSync(cwd, { recursive: true, force: true });
    fs.mkdirSync(cwd, { recursive: true });
    execFileSync(process.execPath, [script, '--config', path.join(root, 'contentlayer.config.ts')], {
      cwd,
      env: { ...process.env, PWD: cwd, CONTENT_DIR: path.join(root, dir) },
      stdio: 'pipe',
    });
  }
  leaveStaleDocument(fixtureGenerated('content'));
}

/** The slug of a post whose JSON is left behind, as contentlayer2 leaves the JSON of a deleted post. */
export const STALE_SLUG = 'deleted-post-left-behind';

function leaveStaleDocument(generated: string) {
  const dir = path.join(generated, 'Post');
  const some = fs.readdirSync(dir).find((f) => f.endsWith('.md.json'))!;
  const doc = JSON.parse(fs.readFileSync(path.join(dir, some), 'utf8'));
  const stale = { ...doc, slug: STALE_SLUG, url: `/blog/${STALE_SLUG}`, _id: `posts/${STALE_SLUG}.md` };
  fs.writeFileSync(path.join(dir, `posts__${STALE_SLUG}.md.json`), JSON.stringify(stale));
}
