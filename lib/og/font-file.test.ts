import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFontMetrics } from './font-file';

// Exact values of the pinned font files (@fontsource/noto-sans 5.3.0, next's Geist): a reader that
// got the cmap or the advances wrong would give other numbers.
const fontsource = (pkg: string, file: string) => fs.readFileSync(path.join('node_modules/@fontsource', pkg, 'files', file));
const cp = (c: string) => c.codePointAt(0)!;

describe('readFontMetrics', () => {
  it('reads glyph ids and advances of a WOFF subset, per weight', () => {
    const bold = readFontMetrics(fontsource('noto-sans', 'noto-sans-latin-700-normal.woff'));
    const regular = readFontMetrics(fontsource('noto-sans', 'noto-sans-latin-400-normal.woff'));
    expect(bold.unitsPerEm).toBe(1000);
    expect(['A', 'W', 'i', ' ', 'é', '—'].map((c) => [c, bold.glyphOf(cp(c)), bold.advanceOf(cp(c)), regular.advanceOf(cp(c))])).toEqual([
      ['A', 36, 692, 639],
      ['W', 58, 967, 930],
      ['i', 76, 299, 258],
      [' ', 3, 260, 260],
      ['é', 171, 597, 564],
      ['—', 204, 1000, 1000],
    ]);
  });

  it('gives 0 for what a subset cannot draw', () => {
    const latin = readFontMetrics(fontsource('noto-sans', 'noto-sans-latin-700-normal.woff'));
    // The Latin subset has no Greek, nor U+2011 (the seed title's non-breaking hyphen), nor CJK.
    for (const c of ['Ω', '\u2011', '中']) expect([latin.glyphOf(cp(c)), latin.advanceOf(cp(c))], c).toEqual([0, 0]);
  });

  it('finds a CJK character in the slice that holds it, and only there', () => {
    const holder = readFontMetrics(fontsource('noto-sans-sc', 'noto-sans-sc-chinese-simplified-400-normal.woff'));
    const other = readFontMetrics(fontsource('noto-sans-sc', 'noto-sans-sc-100-400-normal.woff'));
    expect([holder.glyphOf(0x4e2d), holder.advanceOf(0x4e2d)]).toEqual([516, 1000]);
    expect(other.glyphOf(0x4e2d)).toBe(0);
  });

  it('reads a plain TrueType font too', () => {
    const geist = readFontMetrics(fs.readFileSync('node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf'));
    expect([geist.unitsPerEm, geist.glyphOf(cp('g')), geist.advanceOf(cp('g'))]).toEqual([1000, 281, 594]);
  });

  it('refuses WOFF2, which satori cannot draw, saying what to use instead', () => {
    expect(() => readFontMetrics(fontsource('noto-sans', 'noto-sans-latin-700-normal.woff2'))).toThrow(/WOFF2.*\.woff or \.ttf/);
  });
});
