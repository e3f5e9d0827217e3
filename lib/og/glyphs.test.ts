import { describe, expect, it } from 'vitest';
import { planGlyphs, type Glyph } from './glyphs';

const plan = (text: string) => planGlyphs([{ text, weight: 700 }]);
const drawnBy = (glyphs: Glyph[]) => glyphs.map((g) => (g.kind === 'text' ? `${g.text}:${g.face.name}` : `${'text' in g ? g.text : ' '}:${g.kind}`));

describe('planGlyphs', () => {
  it('draws Latin with accents from the Latin subsets only', () => {
    const p = plan('Café Ørsted Łódź');
    expect(p.faces.map((f) => f.name)).toEqual(['noto-sans-latin', 'noto-sans-latin-ext']);
    expect(p.missing).toEqual([]);
  });

  it('draws U+2011 (non-breaking hyphen, missing from the fonts) as a hyphen', () => {
    const p = plan('Cloud\u2011Native');
    expect(p.texts[0]!.map((g) => (g.kind === 'text' ? g.text : g.kind)).join('')).toBe('Cloud-Native');
    expect(p.missing).toEqual([]);
  });

  it('picks Greek and Cyrillic subsets for Greek and Cyrillic', () => {
    expect(plan('Ωμέγα').faces.map((f) => f.name)).toEqual(['noto-sans-latin', 'noto-sans-greek']);
    expect(plan('Жизнь').faces.map((f) => f.name)).toEqual(['noto-sans-latin', 'noto-sans-cyrillic']);
  });

  it('loads only the CJK slices a title needs, from the font of its language', () => {
    const ja = plan('日本語のタイトル');
    const zh = plan('中文标题');
    const ko = plan('한국어 제목');
    expect(ja.faces.slice(1).every((f) => f.pkg === 'noto-sans-jp')).toBe(true);
    expect(zh.faces.slice(1).every((f) => f.pkg === 'noto-sans-sc')).toBe(true);
    expect(ko.faces.slice(1).every((f) => f.pkg === 'noto-sans-kr')).toBe(true);
    for (const p of [ja, zh, ko]) {
      expect(p.faces.length).toBeLessThanOrEqual(6);
      expect(p.missing).toEqual([]);
    }
  });

  it('draws emoji (ZWJ sequences, flags, keycaps) as Twemoji pictures inlined as data URIs', () => {
    const glyphs = plan('🎉 👨‍👩‍👧 🇫🇷 1️⃣').texts[0]!.filter((g) => g.kind !== 'space');
    expect(glyphs.map((g) => g.kind)).toEqual(['emoji', 'emoji', 'emoji', 'emoji']);
    for (const g of glyphs) if (g.kind === 'emoji') expect(g.src).toMatch(/^data:image\/svg\+xml;base64,/);
  });

  it('reports what nothing can draw and keeps its place as a missing box', () => {
    const p = plan('Hieroglyph 𓀀 here');
    expect(p.missing).toEqual(['U+13000 (𓀀)']);
    expect(drawnBy(p.texts[0]!)).toContain('𓀀:missing');
  });
});
