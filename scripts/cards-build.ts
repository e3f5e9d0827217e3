// `npm run cards:build` (part of `npm run build`, before next build): draws every social card the
// site serves into the card cache, .next/cache/og-cards, one process per core, and removes the
// cached cards nothing uses any more. A card already in the cache under its key is not drawn again.
//
// `--from-frontmatter` (scripts/content-build.mjs --early-cards, in npm run build): draws the posts'
// cards from their files' frontmatter before contentlayer2 has made the posts, in one process that
// runs at the lowest CPU priority beside the generation and stops, after the card it is drawing,
// on SIGTERM. It prunes nothing; the step beside next build then finds these cards in the cache.
//
// Why a step of its own: as routes of next build, the posts' cards cost it about 8 ms each even when
// every one came from the cache (Next renders and writes each route's output): at 1,000 posts, static
// generation took 29.1 s with them and 21.3 s without (three alternated warm builds each). next start
// serves a post's card from this cache on its first request; the static export and the site,
// category and author cards are still prerendered by next build, from this cache.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drawCard } from '@/components/og/social-card';
import { parseFrontmatter } from '@/lib/authoring/frontmatter';
import { readListed, scanDocuments } from '@/lib/content/files';
import { contentDir } from '@/lib/env';
import { cardPlan, everyCard, postCardFromFrontmatter } from '@/lib/og/card';
import { cacheCard, cardCacheAt, pruneCardCache } from '@/lib/og/card-cache';

type PartResult = { keys: string[]; drawn: number };

const self = fileURLToPath(import.meta.url);
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : null);

/** Makes sure the cache holds the cards at index ≡ part (mod parts), in this process. */
async function drawPart(part: number, parts: number): Promise<PartResult> {
  const cache = cardCacheAt();
  const keys: string[] = [];
  let drawn = 0;
  const cards = everyCard();
  for (let i = part; i < cards.length; i += parts) {
    const { layout, fonts } = cardPlan(cards[i]!);
    const result = await cacheCard(layout, fonts, () => drawCard(layout, fonts), cache);
    keys.push(result.key);
    if (result.drawn) drawn++;
  }
  return { keys, drawn };
}

/** Runs one part in a child process (the same node and tsx loader), its result on its last stdout line. */
function childPart(part: number, parts: number): Promise<PartResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, self, '--part', String(part), '--parts', String(parts)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return reject(new Error(`cards:build: part ${part + 1} of ${parts} exited with ${code}`));
      try {
        resolve(JSON.parse(last) as PartResult);
      } catch {
        reject(new Error(`cards:build: part ${part + 1} of ${parts} gave no result (${last.slice(0, 200)})`));
      }
    });
  });
}

/** Draws into the cache the card of each post whose frontmatter gives one, until SIGTERM. */
async function drawFromFrontmatter() {
  const started = Date.now();
  let stopped = false;
  process.once('SIGTERM', () => (stopped = true));
  const cache = cardCacheAt();
  const dir = path.resolve(contentDir());
  let drawn = 0;
  let cached = 0;
  let failed = 0;
  for (const rel of scanDocuments(dir).keys()) {
    if (stopped) break;
    if (!rel.startsWith('posts/') || !rel.endsWith('.md')) continue;
    const source = readListed(path.join(dir, rel));
    const parsed = source === null ? null : parseFrontmatter(source);
    const data = parsed && 'data' in parsed ? postCardFromFrontmatter(parsed.data) : null;
    if (!data) continue;
    // The content check and the cards step report what is wrong with a post or its card: not said twice here.
    try {
      const { layout, fonts } = cardPlan(data, { quiet: true });
      if ((await cacheCard(layout, fonts, () => drawCard(layout, fonts), cache)).drawn) drawn++;
      else cached++;
    } catch {
      failed++;
    }
  }
  console.log(
    `social cards from the posts' frontmatter, beside the content build: ${drawn} drawn, ${cached} already in the cache` +
      `${failed ? `, ${failed} left to the cards step, which says why` : ''}` +
      `${stopped ? ', stopped when the content was built' : ''} (${((Date.now() - started) / 1000).toFixed(1)}s)`,
  );
}

const part = option('part');
const parts = option('parts');
if (args.includes('--from-frontmatter')) {
  await drawFromFrontmatter();
} else if (part !== null && parts !== null) {
  process.stdout.write(`${JSON.stringify(await drawPart(part, parts))}\n`);
} else {
  const started = Date.now();
  const count = Math.max(1, os.availableParallelism());
  // This process draws one part while the children draw the others.
  const results = await Promise.all([drawPart(0, count), ...Array.from({ length: count - 1 }, (_, i) => childPart(i + 1, count))]);
  const keys = new Set(results.flatMap((r) => r.keys));
  const cache = cardCacheAt();
  const removed = pruneCardCache(cache, keys);
  const drawn = results.reduce((sum, r) => sum + r.drawn, 0);
  const total = results.reduce((sum, r) => sum + r.keys.length, 0);
  console.log(
    `social cards: ${total} cards, ${drawn} drawn, ${total - drawn} from the cache, ${removed} no longer used removed` +
      ` -> ${path.relative(process.cwd(), cache.dir)} (${((Date.now() - started) / 1000).toFixed(1)}s, ${count} processes)`,
  );
}
