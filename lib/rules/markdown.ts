import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import type { Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeStringify from 'rehype-stringify';
import { eachElement } from '../hast';
import { rehypeResponsiveImages } from '../media/markdown-images';

/**
 * GitHub's sanitising schema: tables, <br>, <div> and images survive; <script>, on* handlers and
 * javascript: URLs never do. Ids are added after sanitising, so headings keep clean anchors.
 */
export const sanitizeSchema = defaultSchema;

const HEADING = /^h([1-6])$/;
const text = (node: Element) => toText(node).replace(/\s+/g, ' ').trim();

/**
 * Heading levels of a body: the page's h1 is the title, so the body's highest heading becomes h2,
 * and no heading is more than one level below the one before it (the CMS lets editors jump from
 * the title to ###, which screen-reader users navigate as a missing level).
 */
export function rehypeHeadingLevels() {
  return (tree: Root) => {
    const headings: Element[] = [];
    eachElement(tree, (node) => void (HEADING.test(node.tagName) && headings.push(node)));
    if (headings.length === 0) return;
    const levels = headings.map((h) => Number(HEADING.exec(h.tagName)![1]));
    const shift = 2 - Math.min(...levels);
    let previous = 1;
    headings.forEach((h, i) => {
      const level = Math.min(6, levels[i]! + shift, previous + 1);
      h.tagName = `h${level}`;
      previous = level;
    });
  };
}

/** A link with nothing to read (the CMS leaves `[](https://…)`) shows its URL instead of nothing. */
export function rehypeEmptyLinks() {
  return (tree: Root) => {
    eachElement(tree, (node) => {
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string' || node.properties.ariaLabel) return;
      let named = text(node) !== '';
      eachElement(node, (child) => void (child.tagName === 'img' && String(child.properties.alt ?? '').trim() && (named = true)));
      if (!named) node.children = [{ type: 'text', value: node.properties.href }];
    });
  };
}

/** A table header cell with no text (markdown tables whose first header is blank) becomes a plain cell. */
export function rehypeBlankHeaderCells() {
  return (tree: Root) => {
    eachElement(tree, (node) => {
      if (node.tagName === 'th' && text(node) === '') node.tagName = 'td';
    });
  };
}

/**
 * rehype-raw, for a body that has raw HTML. rehype-raw passes the whole tree through an HTML parser
 * (parse5) to turn the HTML an editor wrote into elements; a body without any gains nothing from it
 * but the cost (~0.3 ms a post, a tenth of the pipeline). Same HTML, but for one detail: a boolean
 * attribute a plugin sets (footnotes' data-footnote-ref) is written bare, not as `=""`.
 */
export function rehypeRawWhenPresent() {
  const transform = rehypeRaw();
  return (tree: Root, file: Parameters<typeof transform>[1]) => (hasRaw(tree) ? transform(tree, file) : tree);
}

/** Whether raw HTML is anywhere below `parent` (remark-rehype puts it under the root or an element). */
function hasRaw(parent: Root | Element): boolean {
  return parent.children.some((child) => child.type === 'raw' || (child.type === 'element' && hasRaw(child)));
}

const CLOBBER_PREFIX = sanitizeSchema.clobberPrefix ?? '';

/**
 * In-page links reach what the sanitiser renamed. It prefixes every id and name from the body
 * (`user-content-`, so a post cannot shadow the page's own ids or the DOM's globals) but not the
 * links to them: a footnote's link and its way back, or `[up](#top)` to an editor's `<a name="top">`,
 * pointed at nothing. A link whose target is missing, but exists with the prefix, gets the prefix.
 */
export function rehypeInPageLinks() {
  return (tree: Root) => {
    const targets = new Set<string>();
    const links: Element[] = [];
    // One walk: every target, and the links to check once all targets are known.
    eachElement(tree, (node) => {
      for (const key of ['id', 'name'] as const) if (typeof node.properties[key] === 'string') targets.add(node.properties[key]);
      if (node.tagName === 'a' && typeof node.properties.href === 'string' && node.properties.href.startsWith('#')) links.push(node);
    });
    for (const node of links) {
      const href = node.properties.href as string;
      let target: string;
      try {
        target = decodeURIComponent(href.slice(1));
      } catch {
        continue;
      }
      // The prefix goes before the fragment as written (encoded or not): it is plain ASCII.
      if (!targets.has(target) && targets.has(CLOBBER_PREFIX + target)) node.properties.href = `#${CLOBBER_PREFIX}${href.slice(1)}`;
    }
  };
}

const anchorContent: ElementContent = { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] };

/** The one markdown pipeline: GFM, raw HTML through the sanitiser, accessible heading anchors, responsive images. */
export function markdownPipeline(builder: Processor): void {
  builder
    .use(remarkParse)
    .use(remarkFrontmatter)
    .use(remarkGfm)
    // Footnotes' ids get their prefix from the sanitiser alone (with remark-rehype's too, they had it twice).
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
    .use(rehypeRawWhenPresent)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeHeadingLevels)
    .use(rehypeEmptyLinks)
    .use(rehypeBlankHeaderCells)
    .use(rehypeSlug)
    // The anchor goes beside the heading, never around it: a heading holding a link would nest <a>.
    .use(rehypeAutolinkHeadings, {
      behavior: 'after',
      group: { type: 'element', tagName: 'div', properties: { className: ['heading-group'] }, children: [] },
      properties: (heading) => ({ className: ['heading-anchor'], ariaLabel: `Permalink: ${text(heading as Element)}` }),
      content: anchorContent,
    })
    .use(rehypeInPageLinks)
    .use(rehypeResponsiveImages)
    .use(rehypeStringify);
}
