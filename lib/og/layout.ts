import { site } from '@/lib/site';
import type { FontFace } from './fonts';
import { planGlyphs, type Glyph } from './glyphs';
import { emMeasure, fitWords, toWords, type Box, type DrawnGlyph, type Word } from './text-fit';

/** What a card says. `path` names the page it is for, in build messages. */
export type CardData = { path: string; kicker: string | null; title: string; details: string[]; host: string };

/** One drawn run of a line: text, an emoji picture, or the box for a glyph no font has. */
export type Segment = { gap: boolean } & ({ kind: 'text'; text: string } | { kind: 'emoji'; src: string } | { kind: 'missing' });
/** Lines of one text at one size; `gap` is the width of a space there, in px. */
export type Block = { size: number; lineHeight: number; gap: number; lines: Segment[][] };

export type CardLayout = {
  brand: Block;
  kicker: Block | null;
  title: Block;
  details: Block;
  host: Block;
  /** Font faces satori needs, in fallback order; the first is the card's font-family. */
  faces: FontFace[];
  /** Problems worth a line in the build log. */
  warnings: string[];
};

/** Geometry of the 1200×630 card, shared with the component that draws it. */
export const CARD = {
  width: site.card.width,
  height: site.card.height,
  padX: 72,
  padY: 60,
  logo: 64,
  gap: 28,
  content: site.card.width - 2 * 72,
  hostWidth: 260,
} as const;

const TITLE_SIZES = [72, 66, 60, 54, 48, 44, 40] as const;
const LINE_HEIGHT = 1.2;
// The title gets what is left of the 630 px after padding, header, kicker and footer.
const TITLE_HEIGHT = { withKicker: 270, alone: 326 } as const;

const oneLine = (width: number, sizes: readonly number[]): Box => ({ width, height: 1e6, sizes, lineHeight: 1.25, maxLines: 1 });

function segments(line: Word[]): Segment[] {
  const out: Segment[] = [];
  line.forEach((word, w) => {
    word.glyphs.forEach((g, i) => {
      const gap = w > 0 && i === 0 && word.gapBefore;
      const last = out[out.length - 1];
      if (g.kind === 'text' && last?.kind === 'text') last.text += (gap ? ' ' : '') + g.text;
      else if (g.kind === 'text') out.push({ kind: 'text', text: g.text, gap });
      else if (g.kind === 'emoji') out.push({ kind: 'emoji', src: g.src, gap });
      else out.push({ kind: 'missing', gap });
    });
  });
  return out;
}

/** Plans glyphs, fonts and line breaks for a card: everything satori needs, nothing it must fetch. */
export function layoutCard(data: CardData, brandName: string): CardLayout {
  const details = data.details.filter(Boolean).join(' · ');
  const plan = planGlyphs([
    { text: brandName, weight: 700 },
    { text: data.kicker ?? '', weight: 700 },
    { text: data.title, weight: 700 },
    { text: details, weight: 400 },
    { text: data.host, weight: 700 },
  ]);
  const [brandGlyphs, kickerGlyphs, titleGlyphs, detailGlyphs, hostGlyphs] = plan.texts as [Glyph[], Glyph[], Glyph[], Glyph[], Glyph[]];
  // Latin (always the first face) has the space and the ellipsis.
  const ellipsis: DrawnGlyph = { kind: 'text', text: '…', face: plan.faces[0]! };
  const space: DrawnGlyph = { kind: 'text', text: ' ', face: plan.faces[0]! };
  const warnings = plan.missing.length
    ? [`cannot draw ${plan.missing.join(', ')}: drawn as empty boxes. A font with these characters belongs in lib/og/fonts.ts.`]
    : [];

  const block = (glyphs: Glyph[], weight: 400 | 700, box: Box, what: string): Block => {
    const em = emMeasure(weight);
    const measure = { ...em, spaceEm: em.glyphEm(space) };
    const fitted = fitWords(toWords(glyphs), box, measure, ellipsis);
    if (fitted.brokeWord) warnings.push(`the ${what} has a word wider than the card: it is broken across lines.`);
    if (fitted.shortened) warnings.push(`the ${what} is too long for the card even at ${fitted.size}px: it ends with an ellipsis.`);
    return { size: fitted.size, lineHeight: box.lineHeight, gap: measure.spaceEm * fitted.size, lines: fitted.lines.map(segments) };
  };

  const titleBox: Box = {
    width: CARD.content,
    height: data.kicker ? TITLE_HEIGHT.withKicker : TITLE_HEIGHT.alone,
    sizes: TITLE_SIZES,
    lineHeight: LINE_HEIGHT,
  };
  return {
    brand: block(brandGlyphs, 700, oneLine(CARD.content - CARD.logo - 24, [32, 28, 24]), 'brand'),
    kicker: data.kicker ? block(kickerGlyphs, 700, oneLine(CARD.content, [28, 24]), 'category line') : null,
    title: block(titleGlyphs, 700, titleBox, 'title'),
    details: block(detailGlyphs, 400, oneLine(CARD.content - CARD.hostWidth - 24, [28, 24]), 'byline'),
    host: block(hostGlyphs, 700, oneLine(CARD.hostWidth, [26, 22]), 'host name'),
    faces: plan.faces,
    warnings,
  };
}
