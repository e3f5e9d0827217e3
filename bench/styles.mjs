#!/usr/bin/env node
// `node bench/styles.mjs dump <site-url> <out.json> [--paths /,/blog,…]` then
// `node bench/styles.mjs compare <before.json> <after.json>`: whether a change to the markup's
// classes or the stylesheet left the pages looking the same. `dump` opens each path in Chromium at
// 1280 and 390 px, light and dark, and writes every element's computed style (every property) and
// box; at 1280 px also each visible link's and button's style while hovered (its children's colour
// and underline too) and what the first Tab focuses (the skip link). `compare` prints each
// difference and exits 1 if there is one. Build and start the site once before the change and once
// after (`npm run build && npm start`), dumping each.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../scripts/chromium.mjs';

const DEFAULT_PATHS = [
  '/',
  '/blog',
  '/blog/openinfra-foundation-welcomes-microsoft',
  '/blog/the-openinfra-community-is-thriving',
  '/blog/category',
  '/blog/category/community',
  '/blog/author',
  '/blog/author/allison-price',
  '/search',
  '/no-such-page',
];

async function dump(base, out, paths) {
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const result = {};
  for (const scheme of ['light', 'dark']) {
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      for (const p of paths) {
        await page.goto(new URL(p, base).href, { waitUntil: 'networkidle' });
        const key = `${scheme} ${width} ${p}`;
        result[key] = await page.evaluate(() =>
          [...document.body.querySelectorAll('*')].map((el) => {
            const cs = getComputedStyle(el);
            const style = {};
            for (let i = 0; i < cs.length; i++) style[cs[i]] = cs.getPropertyValue(cs[i]);
            const r = el.getBoundingClientRect();
            return { tag: el.tagName, box: [r.x, r.y, r.width, r.height].map(Math.round).join(','), style };
          }),
        );
        if (width !== 1280) continue;
        const hovered = [];
        for (const control of await page.locator('a:visible, button:visible').all()) {
          // A control something else covers cannot be hovered (Playwright waits for it): recorded unhovered, and said so.
          const reached = await control.hover({ timeout: 1000 }).then(() => '', () => 'not hovered: ');
          hovered.push(
            reached +
            (await control.evaluate((el) => {
              const cs = getComputedStyle(el);
              const children = [...el.querySelectorAll('*')].map((child) => getComputedStyle(child)).map((c) => `${c.color}|${c.textDecorationLine}`);
              return [cs.color, cs.backgroundColor, cs.textDecorationLine, cs.textUnderlineOffset, ...children].join(' ; ');
            })),
          );
        }
        await page.mouse.move(0, 0);
        result[`${key} hover`] = hovered;
        await page.keyboard.press('Tab');
        result[`${key} focus`] = await page.evaluate(() => {
          const el = document.activeElement;
          const cs = getComputedStyle(el);
          return [el.tagName, cs.position, cs.width, cs.height, cs.backgroundColor, cs.color, cs.padding, cs.zIndex, cs.borderRadius, cs.left, cs.top].join(' ; ');
        });
      }
      await context.close();
    }
  }
  await browser.close();
  fs.writeFileSync(out, JSON.stringify(result));
  console.log(`${Object.keys(result).length} views of ${paths.length} pages written to ${out}`);
}

function compare(beforeFile, afterFile) {
  const [before, after] = [beforeFile, afterFile].map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
  let differences = 0;
  const differ = (...what) => {
    differences++;
    console.log(...what);
  };
  for (const [key, a] of Object.entries(before)) {
    const b = after[key];
    if (b === undefined) differ('missing after:', key);
    else if (typeof a === 'string') {
      if (a !== b) differ('differs:', key, '\n  before', a, '\n  after ', b);
    } else if (typeof a[0] === 'string') {
      if (a.length !== b.length) differ('hovered controls:', key, a.length, '->', b.length);
      else a.forEach((value, i) => value !== b[i] && differ('hovered:', key, `#${i}`, '\n  before', value, '\n  after ', b[i]));
    } else if (a.length !== b.length) differ('element count:', key, a.length, '->', b.length);
    else {
      a.forEach((el, i) => {
        const other = b[i];
        if (el.tag !== other.tag || el.box !== other.box) differ('box:', key, `#${i}`, el.tag, el.box, '->', other.tag, other.box);
        for (const [prop, value] of Object.entries(el.style)) if (value !== other.style[prop]) differ('style:', key, `#${i}`, el.tag, prop, value, '->', other.style[prop]);
      });
    }
  }
  for (const key of Object.keys(after)) if (!(key in before)) differ('only after:', key);
  console.log(`${differences} difference(s) over ${Object.keys(before).length} views`);
  return differences === 0;
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { paths: { type: 'string' } } });
const [command, ...rest] = positionals;
if (command === 'dump' && rest.length === 2) await dump(rest[0], rest[1], values.paths ? values.paths.split(',') : DEFAULT_PATHS);
else if (command === 'compare' && rest.length === 2) process.exit(compare(rest[0], rest[1]) ? 0 : 1);
else {
  console.error('usage: node bench/styles.mjs dump <site-url> <out.json> [--paths /,/blog,…] | compare <before.json> <after.json>');
  process.exit(2);
}
