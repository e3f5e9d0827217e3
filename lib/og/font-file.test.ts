import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFontMetrics } from './font-file';

const fontsource = (file: string) => fs.readFileSync(path.join('node_modules/@fontsource/noto-sans/files', file));
const cp = (c: string) => c.codePointAt(0)!;

describe('readFontMetrics', () => {
  it('reads the cmap and advances of a WOFF subset', () => {
    const latin = readFontMetrics(fontsource('noto-sans-latin-700-normal.woff'));
    expect(latin.unitsPerEm).toBe(1000);
    expect(latin.glyphOf(cp('A'))).toBeGreaterThan(0);
    expect(latin.advanceOf(cp(' '))).toBe(260);
    expect(latin.advanceOf(cp('W'))).toBeGreaterThan(latin.advanceOf(cp('i')));
    // The Latin subset has no Greek, nor U+2011 (the seed title's non-breaking hyphen).
    expect(latin.glyphOf(cp('Ω'))).toBe(0);
    expect(latin.glyphOf(0x2011)).toBe(0);
    expect(latin.advanceOf(0x2011)).toBe(0);
  });

  it('reads a plain TrueType font too', () => {
    const geist = readFontMetrics(fs.readFileSync('node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf'));
    expect(geist.glyphOf(cp('g'))).toBeGreaterThan(0);
    expect(geist.unitsPerEm).toBeGreaterThan(0);
  });

  it('refuses WOFF2, which satori cannot draw, saying what to use instead', () => {
    expect(() => readFontMetrics(fontsource('noto-sans-latin-700-normal.woff2'))).toThrow(/WOFF2.*\.woff or \.ttf/);
  });
});
