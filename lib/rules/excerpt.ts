import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';
import { truncateAtWord } from './text';

/*
 * A post's plain text is read from the HTML the markdown pipeline (lib/rules/markdown.ts) already
 * rendered, so markdown is parsed once: parsing it again with remark cost ~17 ms a post (170 CPU-s
 * at 10,000 posts); reading the HTML costs under 1 ms.
 */

/** Elements whose content is not prose: code blocks, and the "#" of each heading's permalink. */
const notProse = (node: Element) =>
  node.tagName === 'pre' || (Array.isArray(node.properties.className) && node.properties.className.includes('heading-anchor'));

/** The text a reader sees in rendered post HTML (as innerText would give it), code blocks left out, whitespace collapsed. */
export function plainText(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node, index, parent) => {
    if (!notProse(node) || !parent || index === undefined) return;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  return toText(tree).replace(/\s+/g, ' ').trim();
}

// The last excerpt made: a post without seo.description asks for its excerpt twice (its
// `description` and `excerpt` fields), and each time parses its HTML (~0.3 ms a post).
let last: { html: string; max: number; value: string } | null = null;

/** A clean excerpt of rendered post HTML: at most `max` characters, cut at a word boundary with an ellipsis. */
export function excerpt(html: string, max = 160): string {
  if (last?.html !== html || last.max !== max) last = { html, max, value: truncateAtWord(plainText(html), max) };
  return last.value;
}
