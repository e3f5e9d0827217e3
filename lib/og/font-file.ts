import zlib from 'node:zlib';

/*
 * Reads just enough of a TrueType/OpenType or WOFF font to know which characters it draws and
 * how wide they are. Satori decides the same way (a character is drawable when the cmap maps it
 * to a glyph other than 0), so a card can be planned before satori sees it: nothing is left for
 * next/og to fetch from the network.
 */

export type FontMetrics = {
  unitsPerEm: number;
  /** The glyph id of a code point, 0 when the font cannot draw it. */
  glyphOf(codePoint: number): number;
  /** Advance width of a code point in font units, 0 when the font cannot draw it. */
  advanceOf(codePoint: number): number;
};

type TableEntry = { offset: number; length: number; stored: number };

const WOFF = 0x774f4646;
const WOFF2 = 0x774f4632;
const SFNT = [0x00010000, 0x4f54544f /* OTTO */, 0x74727565 /* true */];

function tableDirectory(data: Buffer): Map<string, TableEntry> {
  const signature = data.readUInt32BE(0);
  const tables = new Map<string, TableEntry>();
  if (signature === WOFF) {
    const count = data.readUInt16BE(12);
    for (let i = 0; i < count; i++) {
      const at = 44 + i * 20;
      tables.set(data.toString('latin1', at, at + 4), {
        offset: data.readUInt32BE(at + 4),
        stored: data.readUInt32BE(at + 8),
        length: data.readUInt32BE(at + 12),
      });
    }
    return tables;
  }
  if (SFNT.includes(signature)) {
    const count = data.readUInt16BE(4);
    for (let i = 0; i < count; i++) {
      const at = 12 + i * 16;
      const length = data.readUInt32BE(at + 12);
      tables.set(data.toString('latin1', at, at + 4), { offset: data.readUInt32BE(at + 8), length, stored: length });
    }
    return tables;
  }
  if (signature === WOFF2) throw new Error('WOFF2 fonts cannot be drawn by satori: use the .woff or .ttf file.');
  throw new Error('Not a TrueType, OpenType or WOFF font.');
}

function table(data: Buffer, tables: Map<string, TableEntry>, tag: string): Buffer {
  const entry = tables.get(tag);
  if (!entry) throw new Error(`The font has no ${tag} table.`);
  const raw = data.subarray(entry.offset, entry.offset + entry.stored);
  // WOFF stores a table zlib-compressed when that made it smaller.
  return entry.stored < entry.length ? zlib.inflateSync(raw) : raw;
}

function readFormat4(t: Buffer, at: number, map: Map<number, number>) {
  const segX2 = t.readUInt16BE(at + 6);
  const ends = at + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  for (let s = 0; s < segX2 / 2; s++) {
    const end = t.readUInt16BE(ends + s * 2);
    const start = t.readUInt16BE(starts + s * 2);
    const delta = t.readInt16BE(deltas + s * 2);
    const rangeOffset = t.readUInt16BE(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = t.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(c, glyph);
    }
  }
}

function readFormat12(t: Buffer, at: number, map: Map<number, number>) {
  const groups = t.readUInt32BE(at + 12);
  for (let g = 0; g < groups; g++) {
    const base = at + 16 + g * 12;
    const start = t.readUInt32BE(base);
    const end = t.readUInt32BE(base + 4);
    const first = t.readUInt32BE(base + 8);
    for (let c = start; c <= end; c++) if (first + c - start !== 0) map.set(c, first + c - start);
  }
}

/** Unicode cmap subtables, full-repertoire (format 12) first, as opentype.js prefers them. */
function readCmap(t: Buffer): Map<number, number> {
  const count = t.readUInt16BE(2);
  const subtables: { format: number; at: number }[] = [];
  for (let i = 0; i < count; i++) {
    const platform = t.readUInt16BE(4 + i * 8);
    const encoding = t.readUInt16BE(6 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const at = t.readUInt32BE(8 + i * 8);
    subtables.push({ format: t.readUInt16BE(at), at });
  }
  const map = new Map<number, number>();
  const full = subtables.find((s) => s.format === 12);
  const basic = subtables.find((s) => s.format === 4);
  if (full) readFormat12(t, full.at, map);
  else if (basic) readFormat4(t, basic.at, map);
  else throw new Error('The font has no Unicode cmap (format 4 or 12).');
  return map;
}

/** Parses a font file (TTF, OTF or WOFF) into the metrics a card layout needs. */
export function readFontMetrics(data: Buffer): FontMetrics {
  const tables = tableDirectory(data);
  const cmap = readCmap(table(data, tables, 'cmap'));
  const unitsPerEm = table(data, tables, 'head').readUInt16BE(18);
  const metricsCount = table(data, tables, 'hhea').readUInt16BE(34);
  const hmtx = table(data, tables, 'hmtx');
  const advanceOfGlyph = (glyph: number) => hmtx.readUInt16BE(Math.min(glyph, metricsCount - 1) * 4);
  return {
    unitsPerEm,
    glyphOf: (cp) => cmap.get(cp) ?? 0,
    advanceOf: (cp) => {
      const glyph = cmap.get(cp);
      return glyph ? advanceOfGlyph(glyph) : 0;
    },
  };
}
