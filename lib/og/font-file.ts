import { create, type Font } from 'fontkit';

/*
 * Which characters a font draws and how wide they are, read with fontkit. Satori decides the same
 * way (a character is drawable when the cmap maps it to a glyph other than 0), so a card can be
 * planned before satori sees it: nothing is left for next/og to fetch from the network.
 */

export type FontMetrics = {
  unitsPerEm: number;
  /** The glyph id of a code point, 0 when the font cannot draw it. */
  glyphOf(codePoint: number): number;
  /** Advance width of a code point in font units, 0 when the font cannot draw it. */
  advanceOf(codePoint: number): number;
};

const WOFF2 = 0x774f4632;

/** Reads a font file (TTF, OTF or WOFF: what satori draws) into the metrics a card layout needs. */
export function readFontMetrics(data: Buffer): FontMetrics {
  if (data.readUInt32BE(0) === WOFF2) {
    throw new Error('This font is WOFF2, which satori (next/og) cannot draw: use the .woff or .ttf file of the same font.');
  }
  const font = create(data) as Font;
  const glyphOf = (cp: number) => (font.hasGlyphForCodePoint(cp) ? font.glyphForCodePoint(cp).id : 0);
  return {
    unitsPerEm: font.unitsPerEm,
    glyphOf,
    advanceOf: (cp) => (glyphOf(cp) ? font.glyphForCodePoint(cp).advanceWidth : 0),
  };
}
