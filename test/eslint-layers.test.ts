import { ESLint } from 'eslint';
import { describe, expect, it, vi } from 'vitest';

// The house's arrows, as eslint.config.mjs enforces them: each case lints one import in a file of that folder.
const eslint = new ESLint({ cwd: process.cwd() });
// The first lint loads every plugin of the config: seconds on a busy 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

async function restricted(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const _keep = 1;\n`, { filePath: file });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('eslint.config.mjs keeps the arrows running downward', () => {
  it.each([
    ['lib/rules/slug.ts', "import { listedPosts } from '../content/queries';", /lib\/rules\/ may import only lib\/media\//],
    ['lib/content/queries.ts', "import { feedLinks } from '../syndication/feed-links';", /lib\/content\/ may import only lib\/rules\//],
    ['lib/syndication/feeds.ts', "import { articleMetadata } from '../seo/metadata';", /lib\/syndication\/ may import only/],
    ['lib/og/card.ts', "import { SocialCard } from '@/components/og/social-card';", /lib\/ never imports components\//],
    ['lib/seo/json-ld.ts', "import { cardImage } from '../../components/og/social-card';", /lib\/ never imports components\//],
    ['lib/site.ts', "import { listedPosts } from './content/queries';", /import no lib folder/],
    ['lib/authoring/validate.ts', "import { watchContent } from '../dev/watch';", /lib\/authoring\/ may import only/],
    ['components/post/post-card.tsx', "import Page from '@/app/page';", /components\/ never imports app\//],
    ['lib/seo/metadata.ts', "import type { Post } from 'contentlayer/generated';", /Only lib\/content\/source\.ts reads the generated content/],
  ])('%s: %s is refused', async (file, source, message) => {
    const messages = await restricted(file, source);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(message);
  });

  it.each([
    ['lib/dev/events.ts', "import { checkContent } from '../authoring/validate';"],
    ['lib/seo/metadata.ts', "import { feedLinks } from '../syndication/feed-links';"],
    ['lib/og/card.ts', "import { displayDate } from '@/lib/rules/dates';"],
    ['lib/content/source.ts', "import type { Post } from 'contentlayer/generated';"],
    ['components/og/social-card.tsx', "import { cardPlan } from '@/lib/og/card';"],
  ])('%s: %s is allowed', async (file, source) => {
    expect(await restricted(file, source)).toEqual([]);
  });
});
