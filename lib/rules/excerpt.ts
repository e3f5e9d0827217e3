const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the HTML entities an editor types in markdown (&amp;, &nbsp;, &#8217;, &#x2019;). */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Plain text of a markdown body: no markup, images, HTML, tables' pipes or link targets. */
export function plainText(markdown: string): string {
  const text = markdown
    .replace(/```[\s\S]*?```|~~~[\s\S]*?~~~/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/^\s{0,3}\[[^\]]+\]:\s*\S+.*$/gm, ' ') // reference definitions
    .replace(/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/gm, ' ') // table delimiter rows
    .replace(/^\s{0,3}([-*_=])(\s*\1){2,}\s*$/gm, ' ') // thematic breaks and setext underlines
    .replace(/^\s*\|(.*)$/gm, (_, row: string) => row.replace(/\|/g, ' '))
    .replace(/!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-z][a-z0-9-]*(\s[^>]*)?\/?>/gi, ' ')
    .replace(/^\s{0,3}(#{1,6}|>|[*+-]|\d+[.)])\s+/gm, '')
    .replace(/(?<!\\)(\*\*|__)(?=\S)([\s\S]*?[^\s\\])\1/g, '$2')
    .replace(/(?<!\\)\*(?=\S)([^*\n]*?[^\s\\])\*/g, '$1')
    .replace(/(?<![\p{L}\p{N}\\])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}])/gu, '$1')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/`+/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>"'])/g, '$1')
    .replace(/\\$/gm, '');
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

/** A clean excerpt of at most `max` characters, cut at a word boundary with an ellipsis. */
export function excerpt(markdown: string, max = 160): string {
  const text = plainText(markdown);
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  const base = lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut;
  return `${base.replace(/[\s,;:.–—-]+$/, '')}…`;
}
