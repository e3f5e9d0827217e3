import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentTestFolder } from '../test/generated-tree';
import { FIXTURES, fixtureGenerated } from '../test/global-setup';

/*
 * npm run build draws the posts' cards from their frontmatter while contentlayer2 makes the posts
 * (`content-build.mjs --early-cards` runs `cards-build.ts --from-frontmatter` beside it): each must
 * be a card the cards step beside next build then wants, found in the cache, never drawn twice.
 */

const root = process.cwd();
const work = contentTestFolder('cards-build');
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const content = path.resolve(FIXTURES.content);
const posts = fs.readdirSync(path.join(content, 'posts')).filter((f) => f.endsWith('.md')).length;
const pngs = (cache: string) => {
  const dir = path.join(cache, 'og-cards');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^[0-9a-f]{64}\.png$/.test(f)) : [];
};

function cardsBuild(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'cards-build.ts'), ...args], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

describe('cards-build.ts --from-frontmatter', () => {
  it("draws each post's card, and the cards step finds every one in the cache and keeps it", () => {
    const env = { CONTENT_DIR: content, CONTENTLAYER_DIR: fixtureGenerated('content'), BUILD_CACHE_DIR: path.join(work, 'cache-direct') };
    const early = cardsBuild(['--from-frontmatter'], env);
    expect(early.status, early.output).toBe(0);
    expect(early.output).toContain(`beside the content build: ${posts} drawn, 0 already in the cache (`);
    expect(pngs(env.BUILD_CACHE_DIR)).toHaveLength(posts);
    // The step beside next build: the site's, categories' and authors' cards are drawn, the posts' found.
    const step = cardsBuild([], env);
    expect(step.status, step.output).toBe(0);
    expect(step.output).toMatch(new RegExp(`social cards: \\d+ cards, \\d+ drawn, ${posts} from the cache, 0 no longer used removed`));
  }, 120_000);
});

describe('content-build.mjs --early-cards', () => {
  it('draws cards beside the generation and has stopped them when it exits', () => {
    const cwd = path.join(work, 'build');
    fs.mkdirSync(cwd);
    const cache = path.join(cwd, 'cache');
    const group = () => (fs.existsSync('/proc/self/autogroup') ? fs.readFileSync('/proc/self/autogroup', 'utf8') : '');
    const sessionBefore = group();
    const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'content-build.mjs'), '--early-cards', '--config', path.join(root, 'contentlayer.config.ts')], {
      cwd,
      env: { ...process.env, PWD: cwd, CONTENT_DIR: content, CONTENTLAYER_DIR: '', BUILD_CACHE_DIR: cache },
      encoding: 'utf8',
    });
    const output = `${r.stdout}${r.stderr}`;
    expect(r.status, output).toBe(0);
    expect(output).toMatch(/Generated \d+ documents/);
    // Its last line, printed as it ends: all the posts, or as many as it drew before it was stopped.
    const line = /beside the content build: (\d+) drawn, 0 already in the cache(, stopped when the content was built)? \(/.exec(output);
    expect(line, output).not.toBeNull();
    const drawn = Number(line![1]);
    expect(drawn).toBeLessThanOrEqual(posts);
    if (!line![2]) expect(drawn).toBe(posts);
    expect(pngs(cache)).toHaveLength(drawn);
    // The cards ran at the lowest priority within the session they share with this one, whose own
    // priority (the session group's nice, where the kernel groups by session) is as it was.
    expect(group()).toBe(sessionBefore);
  }, 120_000);
});
