import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parseFrontmatter } from '../lib/authoring/frontmatter';
import { FIXTURES, fixtureGenerated } from './global-setup';

// npm run build draws the posts' cards from their frontmatter while contentlayer2 makes the posts
// (scripts/cards-build.ts --from-frontmatter). Each is only worth drawing if it is the card the build
// asks for once the post is made: else it is a cache miss, drawn again (never a wrong card: the
// cache key is the layout). Both fixture folders are checked: the hand-made one and the archive's
// quirks as `npm run import -- --archive` brings them in (global setup).
afterAll(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function withFixture(name: keyof typeof FIXTURES) {
  vi.stubEnv('CONTENTLAYER_DIR', fixtureGenerated(name));
  vi.stubEnv('CONTENT_DIR', path.resolve(FIXTURES[name]));
  vi.resetModules();
  const [{ everyPost }, card] = await Promise.all([import('../lib/content/queries'), import('../lib/og/card')]);
  return { posts: everyPost(), ...card };
}

describe('postCardFromFrontmatter', () => {
  it.each(['content', 'archive'] as const)('gives the card of every post of the %s fixture, as postCard does once the post is made', { timeout: 30_000 }, async (name) => {
    const { posts, postCard, postCardFromFrontmatter } = await withFixture(name);
    expect(posts.length).toBeGreaterThan(3);
    for (const post of posts) {
      const parsed = parseFrontmatter(fs.readFileSync(path.resolve(FIXTURES[name], post.sourceFile), 'utf8'));
      if (!('data' in parsed)) throw new Error(`${post.sourceFile}: ${parsed.problem.message}`);
      expect(postCardFromFrontmatter(parsed.data), post.sourceFile).toEqual(postCard(post));
    }
  });

  it('trims as the summary does, and gives none when a field the card needs is missing or refused', async () => {
    const { postCardFromFrontmatter } = await withFixture('content');
    const good = { title: 'A title', author: 'Ana Ortega', date: '2024-05-01T10:00:00.000Z', category: [{ value: 'x', label: 'News' }] };
    expect(postCardFromFrontmatter(good)).not.toBeNull();
    // The summary trims the title and the author, and categoryRefs each label (lib/content/source.ts, lib/rules/slug.ts).
    const padded = { ...good, title: '  A title ', author: ' Ana Ortega  ', category: [{ value: 'x', label: ' News ' }] };
    expect(postCardFromFrontmatter(padded)).toEqual(postCardFromFrontmatter(good));
    expect(postCardFromFrontmatter({ ...good, title: '  ' })).toBeNull();
    expect(postCardFromFrontmatter({ ...good, author: undefined })).toBeNull();
    expect(postCardFromFrontmatter({ ...good, date: '2024-02-31T10:00:00.000Z' })).toBeNull();
    expect(postCardFromFrontmatter({ ...good, category: [{ value: 'x' }] })).toBeNull();
  });
});
