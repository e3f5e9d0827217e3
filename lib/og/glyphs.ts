import { emojiDataUri, isEmojiPresentation, isPictographic } from './emoji';
import { faceMayHave, faceMetrics, facesFor, type FontFace, type Weight } from './fonts';

/*
 * Decides, before satori runs, how every grapheme of a card is drawn: by which font face, as a
 * Twemoji picture, or (when nothing can draw it) as an empty box that the build log reports.
 * next/og fetches any grapheme its fonts lack from the network; after this plan there is none.
 */

export type Glyph =
  | { kind: 'text'; text: string; face: FontFace }
  | { kind: 'space' }
  | { kind: 'emoji'; text: string; src: string }
  | { kind: 'missing'; text: string };

export type CardText = { text: string; weight: Weight };

export type GlyphPlan = {
  /** The faces to hand to satori, in the order it must try them. */
  faces: FontFace[];
  /** The glyphs of each input text, in input order. */
  texts: Glyph[][];
  /** Graphemes that no font or emoji set can draw, as "U+1FAE8 (🫨)". */
  missing: string[];
};

// Characters the fonts lack that have a look-alike they do have (U+2011 NON-BREAKING HYPHEN is
// drawn as a hyphen; the layout never breaks a line there anyway). '' means invisible: dropped.
const EQUIVALENTS: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u00AD': '',
  '\u200B': '',
  '\u2060': '',
  '\uFEFF': '',
  '\u200C': '',
  '\u200D': '',
  '\uFE0E': '',
  '\uFE0F': '',
};

const graphemes = (text: string) => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
const codePoints = (g: string) => [...g].map((c) => c.codePointAt(0)!);
export const describe = (g: string) => `${codePoints(g).map((cp) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`).join(' ')} (${g})`;

const draws = (face: FontFace, g: string, weight: Weight) => {
  const metrics = faceMetrics(face, weight);
  return codePoints(g).every((cp) => metrics.glyphOf(cp) !== 0);
};

function firstFace(faces: FontFace[], g: string, weight: Weight): FontFace | null {
  const cp = g.codePointAt(0)!;
  return faces.find((face) => faceMayHave(face, cp) && draws(face, g, weight)) ?? null;
}

function classify(g: string, weight: Weight, all: FontFace[], base: FontFace[]): Glyph[] {
  if (/^\s+$/u.test(g)) return [{ kind: 'space' }];
  if (isEmojiPresentation(g)) {
    const src = emojiDataUri(g);
    if (src) return [{ kind: 'emoji', text: g, src }];
  }
  const own = firstFace(base, g, weight);
  if (own) return [{ kind: 'text', text: g, face: own }];
  const equivalent = EQUIVALENTS[g];
  if (equivalent !== undefined) return graphemes(equivalent).flatMap((e) => classify(e, weight, all, base));
  const other = firstFace(all, g, weight);
  if (other) return [{ kind: 'text', text: g, face: other }];
  const src = isPictographic(g) ? emojiDataUri(g) : null;
  if (src) return [{ kind: 'emoji', text: g, src }];
  return [{ kind: 'missing', text: g }];
}

/**
 * Plans how each text is drawn. Satori gives a grapheme to the first face (in `faces` order) that
 * has its first code point, keyed by its first UTF-16 unit; a grapheme that face cannot draw whole
 * would be fetched, so the plan checks the same way and turns such a grapheme into a missing box.
 */
export function planGlyphs(texts: CardText[]): GlyphPlan {
  const normalised = texts.map((t) => ({ ...t, text: t.text.normalize('NFC') }));
  const all = facesFor(normalised.map((t) => t.text).join(' '));
  const base = all.filter((face) => face.pkg === all[0]!.pkg);
  const planned = normalised.map((t) => graphemes(t.text).flatMap((g) => classify(g, t.weight, all, base)));

  const used = new Set<FontFace>([all[0]!]);
  for (const glyph of planned.flat()) if (glyph.kind === 'text') used.add(glyph.face);
  const faces = all.filter((face) => used.has(face));

  const missing = new Set<string>();
  const resolved = new Map<string, FontFace | null>();
  const texts2 = planned.map((glyphs, i) =>
    glyphs.map((glyph): Glyph => {
      if (glyph.kind !== 'text') {
        if (glyph.kind === 'missing') missing.add(describe(glyph.text));
        return glyph;
      }
      const weight = normalised[i]!.weight;
      const key = `${glyph.text.charCodeAt(0)}@${weight}`;
      if (!resolved.has(key)) {
        const cp = glyph.text.codePointAt(0)!;
        resolved.set(key, faces.find((face) => faceMetrics(face, weight).glyphOf(cp) !== 0) ?? null);
      }
      const face = resolved.get(key);
      if (face && draws(face, glyph.text, weight)) return { ...glyph, face };
      missing.add(describe(glyph.text));
      return { kind: 'missing', text: glyph.text };
    }),
  );
  return { faces, texts: texts2, missing: [...missing] };
}
