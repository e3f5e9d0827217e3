import { describe, expect, it } from 'vitest';
import { planGlyphs } from './glyphs';
import { emMeasure, fitWords, toWords, type Box, type DrawnGlyph, type Word } from './text-fit';

const box: Box = { width: 1056, height: 270, sizes: [72, 60, 48, 40], lineHeight: 1.2 };

function setup(text: string) {
  const plan = planGlyphs([{ text, weight: 700 }]);
  const latin = plan.faces[0]!;
  const em = emMeasure(700);
  const measure = { ...em, spaceEm: em.glyphEm({ kind: 'text', text: ' ', face: latin }) };
  const ellipsis: DrawnGlyph = { kind: 'text', text: '…', face: latin };
  return { words: toWords(plan.texts[0]!), measure, ellipsis };
}

const wordText = (w: Word) => w.glyphs.map((g) => (g.kind === 'text' ? g.text : '□')).join('');
const lineText = (line: Word[]) => line.map((w, i) => (i > 0 && w.gapBefore ? ' ' : '') + wordText(w)).join('');

describe('toWords', () => {
  it('breaks at spaces only in Latin, keeping punctuation and hyphens with their word', () => {
    expect(setup('Cloud‑Native, at last!').words.map(wordText)).toEqual(['Cloud-Native,', 'at', 'last!']);
  });

  it('allows breaks between CJK characters, but never before closing punctuation', () => {
    const words = setup('未来、東京。').words;
    expect(words.map(wordText)).toEqual(['未', '来、', '東', '京。']);
    expect(words.map((w) => w.gapBefore)).toEqual([false, false, false, false]);
  });
});

describe('fitWords', () => {
  it('keeps a short title at the largest size on one line', () => {
    const { words, measure, ellipsis } = setup('Short title');
    const fitted = fitWords(words, box, measure, ellipsis);
    expect(fitted).toMatchObject({ size: 72, shortened: false, brokeWord: false });
    expect(fitted.lines.map(lineText)).toEqual(['Short title']);
  });

  it('shrinks a long title until it fits, breaking only between words, every line inside the box', () => {
    const title = 'Why OpenInfra’s Move to the Linux Foundation Signals a New Era for Cloud‑Native Infrastructure and Much More Than That';
    const { words, measure, ellipsis } = setup(title);
    const fitted = fitWords(words, box, measure, ellipsis);
    expect(fitted.size).toBeLessThan(72);
    expect(fitted.shortened).toBe(false);
    expect(fitted.lines.length * fitted.size * box.lineHeight).toBeLessThanOrEqual(box.height);
    expect(fitted.lines.map(lineText).join(' ')).toBe(title.replace('\u2011', '-'));
    for (const line of fitted.lines) {
      const width = line.reduce((sum, w, i) => sum + measure.wordEm(w) + (i > 0 && w.gapBefore ? measure.spaceEm : 0), 0) * fitted.size;
      expect(width).toBeLessThanOrEqual(box.width);
    }
  });

  it('ends a title too long even at the smallest size with an ellipsis after a whole word', () => {
    const title = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const { words, measure, ellipsis } = setup(title);
    const fitted = fitWords(words, box, measure, ellipsis);
    expect(fitted).toMatchObject({ size: 40, shortened: true, brokeWord: false });
    const text = fitted.lines.map(lineText).join(' ');
    expect(text.endsWith('…')).toBe(true);
    expect(title.startsWith(text.slice(0, -1))).toBe(true);
    expect(title.split(' ')).toContain(text.slice(0, -1).split(' ').pop());
  });

  it('only breaks a word when the word alone is wider than the card, and says so', () => {
    const { words, measure, ellipsis } = setup(`${'x'.repeat(80)} end`);
    const fitted = fitWords(words, box, measure, ellipsis);
    expect(fitted.brokeWord).toBe(true);
    expect(fitted.lines.length).toBeGreaterThan(1);
  });
});
