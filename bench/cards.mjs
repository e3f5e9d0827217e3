#!/usr/bin/env node
// node bench/cards.mjs [--cards N] [--rounds R]: CPU per social card for each way of drawing one:
// next/og's ImageResponse (satori, then sharp when it can import it, else resvg-wasm), satori +
// sharp as the build draws them, and the card cache (a build's misses, then the next build's hits).
// Each way runs in a fresh process, like a build worker: one warm-up card, then N distinct post cards; CPU is the
// process's user + system time (all threads). The median of R rounds is printed, with PNG sizes
// and how far the renderers' pixels differ. Run it on an idle machine.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { register } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createElement } from 'react';
import satori from 'satori';
import sharp from 'sharp';
import { tsImport } from 'tsx/esm/api';

const self = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(self), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const count = Number(option('cards', 50));
const rounds = Number(option('rounds', 3));

const VARIANTS = [
  'layout only (cardPlan)',
  'next/og ImageResponse (satori + sharp)',
  'next/og ImageResponse (satori + resvg-wasm)',
  'satori alone (SVG)',
  'sharp alone, zlib level 2 (SVG to PNG)',
  'sharp alone, zlib level 6 (SVG to PNG)',
  'satori + sharp, zlib level 2 (the build)',
  'satori + sharp, zlib level 6',
  'card cache miss (layout, draw, store)',
  'card cache hit (layout, key, read)',
];

// The card test's titles (every script, emoji), and two plain English ones.
const TITLES = [
  ...JSON.parse(fs.readFileSync(new URL('../test/fixtures/card-titles.json', import.meta.url), 'utf8')),
  'OpenStack 2026.1 is out',
  'Kata Containers and Zuul at the OpenInfra Summit: what the community shipped this year',
];

/** One way of drawing, in this process: prints {cpu, wall} per card and writes the PNGs to `out`. The cache misses fill `cacheDir`, the hits read it. */
async function child(variant, out, cacheDir) {
  // A copy of next/og's renderer that cannot import sharp, so it falls back to resvg-wasm.
  register(
    `data:text/javascript,${encodeURIComponent(`export async function resolve(specifier, context, next) {
      if (specifier === 'sharp' && context.parentURL?.endsWith('?resvg')) throw new Error('sharp hidden');
      return next(specifier, context);
    }`)}`,
  );
  const load = (file) => tsImport(path.join(root, file), import.meta.url);
  const { cardPlan, postCard, CARD_SIZE } = await load('lib/og/card.ts');
  const { SocialCard, cardPng } = await load('components/og/social-card.tsx');
  const { cardSourceFiles, rendererVersions, sourcesHash } = await load('lib/og/card-cache.ts');
  const post = (slug, title) =>
    postCard({ slug, title, categories: [{ slug: 'community', label: 'Community' }], authorLine: 'Allison Price', publishedAt: '2025-03-12T00:00:00.000Z' });
  const cards = [post('warm', 'Warm-up'), ...Array.from({ length: count }, (_, i) => post(`b${i}`, `${TITLES[i % TITLES.length]} (${i + 1})`))];

  const og = path.join(root, 'node_modules/next/dist/compiled/@vercel/og/index.node.js');
  const nextOg = (url) => async (card) => {
    const { ImageResponse } = await import(url);
    const { layout, fonts } = cardPlan(card);
    return Buffer.from(await new ImageResponse(createElement(SocialCard, { layout }), { ...CARD_SIZE, fonts }).arrayBuffer());
  };
  const svg = (card) => {
    const { layout, fonts } = cardPlan(card);
    return satori(createElement(SocialCard, { layout }), { ...CARD_SIZE, fonts });
  };
  const png = (level) => async (card) => sharp(Buffer.from(await svg(card))).png({ compressionLevel: level }).toBuffer();
  // The SVGs drawn before the clock starts, for the variants that time sharp alone.
  const svgs = variant.startsWith('sharp alone') ? new Map(await Promise.all(cards.map(async (card) => [card, Buffer.from(await svg(card))]))) : null;
  const pngOnly = (level) => (card) => sharp(svgs.get(card)).png({ compressionLevel: level }).toBuffer();
  const cache = { dir: cacheDir, sources: sourcesHash(cardSourceFiles()), renderer: rendererVersions() };
  const draw = [
    async (card) => Buffer.from(JSON.stringify(cardPlan(card).layout)),
    nextOg(og),
    nextOg(`${og}?resvg`),
    async (card) => Buffer.from(await svg(card)),
    pngOnly(2),
    pngOnly(6),
    png(2),
    png(6),
    (card) => cardPng(card, cache),
    (card) => cardPng(card, cache),
  ][VARIANTS.indexOf(variant)];

  await draw(cards[0]);
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (const [i, card] of cards.slice(1).entries()) fs.writeFileSync(path.join(out, `${i}.bin`), await draw(card));
  const used = process.cpuUsage(cpu);
  console.log(JSON.stringify({ cpu: (used.user + used.system) / 1000 / count, wall: (performance.now() - start) / count }));
}

/** Mean and largest difference of a channel over every pixel of every card. */
async function difference(dirA, dirB) {
  let sum = 0;
  let max = 0;
  let values = 0;
  for (let i = 0; i < count; i++) {
    const [a, b] = await Promise.all([dirA, dirB].map((dir) => sharp(path.join(dir, `${i}.bin`)).removeAlpha().raw().toBuffer()));
    for (let j = 0; j < a.length; j++) {
      const d = Math.abs(a[j] - b[j]);
      sum += d;
      if (d > max) max = d;
    }
    values += a.length;
  }
  return `mean channel difference ${(sum / values).toFixed(3)} of 255, largest ${max}`;
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-bench-'));
  const outOf = (i) => path.join(work, String(i));
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const versions = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/satori/package.json'), 'utf8')).version;
  console.log(`${count} post cards per process, median of ${rounds} rounds; ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, satori ${versions}, sharp ${sharp.versions.sharp} (libvips ${sharp.versions.vips})\n`);
  const results = VARIANTS.map(() => []);
  for (let round = 0; round < rounds; round++) {
    const cacheDir = path.join(work, `og-cards-${round}`);
    for (const [i, variant] of VARIANTS.entries()) {
      fs.mkdirSync(outOf(i), { recursive: true });
      const argv = [self, '--child', variant, '--out', outOf(i), '--cache', cacheDir, '--cards', String(count)];
      const stdout = execFileSync(process.execPath, argv, { cwd: root, encoding: 'utf8' });
      results[i].push(JSON.parse(stdout.trim().split('\n').at(-1)));
    }
  }
  for (const [i, variant] of VARIANTS.entries()) {
    const files = fs.readdirSync(outOf(i));
    const kb = files.reduce((sum, f) => sum + fs.statSync(path.join(outOf(i), f)).size, 0) / files.length / 1024;
    const cpu = median(results[i].map((r) => r.cpu));
    const wall = median(results[i].map((r) => r.wall));
    console.log(`${variant.padEnd(44)} ${cpu.toFixed(1).padStart(6)} ms CPU/card ${wall.toFixed(1).padStart(6)} ms wall/card ${kb.toFixed(1).padStart(6)} KB/card`);
  }
  const ours = outOf(VARIANTS.indexOf('satori + sharp, zlib level 2 (the build)'));
  console.log(`\nsatori + sharp vs next/og with sharp:      ${await difference(outOf(1), ours)}`);
  console.log(`satori + sharp vs next/og with resvg-wasm: ${await difference(outOf(2), ours)}`);
  const hits = outOf(VARIANTS.indexOf('card cache hit (layout, key, read)'));
  const same = Array.from({ length: count }, (_, i) => fs.readFileSync(path.join(hits, `${i}.bin`)).equals(fs.readFileSync(path.join(ours, `${i}.bin`))));
  console.log(`cache hits byte-identical to the drawn cards: ${same.every(Boolean)}`);
  fs.rmSync(work, { recursive: true, force: true });
}

if (args.includes('--child')) await child(option('child'), option('out'), option('cache'));
else await main();
