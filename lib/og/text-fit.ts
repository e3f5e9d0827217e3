import { faceMetrics, type Weight } from './fonts';
import type { Glyph } from './glyphs';

/*
 * Line breaking and sizing for card text, done here rather than by satori so that a title is
 * broken only between words (or between CJK characters and emoji, as browsers do), never inside
 * one, and shrinks until it fits the box.
 */

export type DrawnGlyph = Exclude<Glyph, { kind: 'space' }>;
/** A run of glyphs with no break opportunity inside; `gapBefore` when a space preceded it. */
export type Word = { glyphs: DrawnGlyph[]; gapBefore: boolean };
export type Box = { width: number; height: number; sizes: readonly number[]; lineHeight: number; maxLines?: number };
export type Fitted = { size: number; lines: Word[][]; shortened: boolean; brokeWord: boolean };

/** Width of a picture (emoji) or a missing-glyph box, in em, margins included. */
export const PICTURE_EM = 1.1;
// Satori kerns and we do not, so our widths run slightly long; this margin covers rounding.
const SAFETY = 0.97;

const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u;
// No line may start with these (closing marks, small kana) nor end with the opening ones.
const CLOSING = /^[、。，．・：；！？）」』】〕〉》〙〗ー…‥ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ!),.:;?\]}]$/u;
const OPENING = /^[（「『【〔〈《〘〖([{]$/u;

const glyphText = (g: DrawnGlyph) => (g.kind === 'text' ? g.text : '');
const breakable = (g: DrawnGlyph) => g.kind === 'emoji' || (g.kind === 'text' && WIDE.test(g.text));

function canBreakBetween(a: DrawnGlyph, b: DrawnGlyph): boolean {
  if (!breakable(a) && !breakable(b)) return false;
  return !OPENING.test(glyphText(a)) && !CLOSING.test(glyphText(b));
}

/** Splits glyphs into unbreakable words: at spaces, and between CJK characters or emoji. */
export function toWords(glyphs: Glyph[]): Word[] {
  const words: Word[] = [];
  let current: DrawnGlyph[] = [];
  let gap = false;
  const flush = (nextGap: boolean) => {
    if (current.length) words.push({ glyphs: current, gapBefore: gap });
    current = [];
    gap = nextGap;
  };
  for (const glyph of glyphs) {
    if (glyph.kind === 'space') {
      if (current.length) flush(true);
      else gap = words.length > 0;
      continue;
    }
    const previous = current[current.length - 1];
    if (previous && canBreakBetween(previous, glyph)) flush(false);
    current.push(glyph);
  }
  flush(false);
  return words;
}

/** Measures glyphs in em at one weight, with the face the plan gave each. */
export function emMeasure(weight: Weight) {
  const glyphEm = (g: DrawnGlyph) => {
    if (g.kind !== 'text') return PICTURE_EM;
    const metrics = faceMetrics(g.face, weight);
    let units = 0;
    for (const ch of g.text) units += metrics.advanceOf(ch.codePointAt(0)!);
    return units / metrics.unitsPerEm;
  };
  return { glyphEm, wordEm: (w: Word) => w.glyphs.reduce((sum, g) => sum + glyphEm(g), 0) };
}

type Measure = ReturnType<typeof emMeasure> & { spaceEm: number };

function breakLines(words: Word[], size: number, width: number, m: Measure): Word[][] | null {
  const lines: Word[][] = [];
  let line: Word[] = [];
  let used = 0;
  for (const word of words) {
    const w = m.wordEm(word) * size;
    if (w > width) return null;
    const gap = line.length && word.gapBefore ? m.spaceEm * size : 0;
    if (line.length && used + gap + w > width) {
      lines.push(line);
      line = [word];
      used = w;
    } else {
      line.push(word);
      used += gap + w;
    }
  }
  if (line.length) lines.push(line);
  return lines;
}

/** Cuts a word wider than the box into pieces that fit (the last resort, reported by the caller). */
function splitWide(words: Word[], size: number, width: number, m: Measure): Word[] {
  return words.flatMap((word) => {
    if (m.wordEm(word) * size <= width) return [word];
    const pieces: Word[] = [];
    let piece: DrawnGlyph[] = [];
    let used = 0;
    for (const g of word.glyphs) {
      const w = m.glyphEm(g) * size;
      if (piece.length && used + w > width) {
        pieces.push({ glyphs: piece, gapBefore: pieces.length === 0 && word.gapBefore });
        piece = [];
        used = 0;
      }
      piece.push(g);
      used += w;
    }
    pieces.push({ glyphs: piece, gapBefore: pieces.length === 0 && word.gapBefore });
    return pieces;
  });
}

const lineEm = (line: Word[], m: Measure) =>
  line.reduce((sum, w, i) => sum + m.wordEm(w) + (i > 0 && w.gapBefore ? m.spaceEm : 0), 0);

/**
 * The largest size in `box.sizes` at which the words fit the box, broken between words. When even
 * the smallest size does not fit, the text is cut after the last whole word that fits, with an ellipsis.
 */
export function fitWords(words: Word[], box: Box, m: Measure, ellipsis: DrawnGlyph): Fitted {
  const width = box.width * SAFETY;
  const linesAt = (size: number) => Math.max(1, Math.min(box.maxLines ?? Infinity, Math.floor(box.height / (size * box.lineHeight))));
  for (const size of box.sizes) {
    const lines = breakLines(words, size, width, m);
    if (lines && lines.length <= linesAt(size)) return { size, lines, shortened: false, brokeWord: false };
  }
  const size = box.sizes[box.sizes.length - 1]!;
  const split = splitWide(words, size, width, m);
  const lines = breakLines(split, size, width, m)!;
  const brokeWord = split.length !== words.length;
  const max = linesAt(size);
  if (lines.length <= max) return { size, lines, shortened: false, brokeWord };
  const kept = lines.slice(0, max);
  const fits = (line: Word[]) => lineEm(line, m) * size <= width;
  const close = (line: Word[]) => {
    const end = line[line.length - 1]!;
    return [...line.slice(0, -1), { ...end, glyphs: [...end.glyphs, ellipsis] }];
  };
  const last = [...kept[max - 1]!];
  while (last.length > 1 && !fits(close(last))) last.pop();
  let closed = close(last);
  // A lone word that fills the line gives up its last characters to the ellipsis.
  while (!fits(closed) && closed[0]!.glyphs.length > 1) {
    const glyphs = closed[0]!.glyphs;
    closed = [{ ...closed[0]!, glyphs: [...glyphs.slice(0, -2), ellipsis] }];
  }
  kept[max - 1] = closed;
  return { size, lines: kept, shortened: true, brokeWord };
}
