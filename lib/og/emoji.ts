import fs from 'node:fs';
import path from 'node:path';

/*
 * Emoji on a card are drawn as Twemoji SVGs from the @twemoji/svg package, inlined as data URIs.
 * next/og would otherwise fetch every emoji from a CDN.
 */

// Read at build time only; turbopackIgnore keeps its 3,700 files out of the server trace.
const TWEMOJI_DIR = path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules', '@twemoji', 'svg');

/** True for a grapheme a reader expects in colour: emoji presentation, VS16, a flag or a keycap. */
export function isEmojiPresentation(grapheme: string): boolean {
  return /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|\p{Regional_Indicator}|\u20E3/u.test(grapheme);
}

/** True for a pictograph (©, ☺, ✈…) that may also be drawn as text when a font has it. */
export const isPictographic = (grapheme: string) => /\p{Extended_Pictographic}/u.test(grapheme);

const hex = (s: string) => [...s].map((c) => c.codePointAt(0)!.toString(16)).join('-');

/** Twemoji's file names: code points in hex; VS16 dropped unless the sequence has a ZWJ. */
export function twemojiNames(grapheme: string): string[] {
  const withoutVs = grapheme.replace(/\uFE0F/g, '');
  const first = grapheme.includes('\u200D') ? hex(grapheme) : hex(withoutVs);
  return [...new Set([first, hex(withoutVs)])];
}

const cache = new Map<string, string | null>();

/** The emoji's SVG as a data URI, or null when Twemoji has no picture for it. */
export function emojiDataUri(grapheme: string): string | null {
  const known = cache.get(grapheme);
  if (known !== undefined) return known;
  let uri: string | null = null;
  for (const name of twemojiNames(grapheme)) {
    const file = path.join(TWEMOJI_DIR, `${name}.svg`);
    if (fs.existsSync(file)) {
      uri = `data:image/svg+xml;base64,${fs.readFileSync(file).toString('base64')}`;
      break;
    }
  }
  cache.set(grapheme, uri);
  return uri;
}
