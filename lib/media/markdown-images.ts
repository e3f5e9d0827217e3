import path from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { eachElement } from '../hast';
import { localImagePath, responsiveImage, type ResponsiveImage } from './images';

/** What the article column shows an image at: the prose column is at most 720 px wide from 768 px up. */
export const IMAGE_SIZES = '(min-width: 768px) 720px, 100vw';

const isResponsive = (image: object): image is ResponsiveImage => 'sources' in image;

const srcSet = (variants: { path: string; width: number }[]) => variants.map((v) => `${v.path} ${v.width}w`).join(', ');

/**
 * Rehype plugin: every local image of a post gets its intrinsic width and height (nothing shifts
 * as it loads) and, for JPEG, PNG and WebP, a <picture> of AVIF and WebP variants with a srcset
 * in its own format. The first image of a post loads at once; the others lazily. Alt text is kept.
 */
export function rehypeResponsiveImages() {
  const publicDir = path.join(process.cwd(), 'public');
  return async (tree: Root) => {
    const found: { node: Element; parent: { children: ElementContent[] }; index: number }[] = [];
    eachElement(tree, (node, index, parent) => {
      if (node.tagName === 'img') found.push({ node, parent: parent as { children: ElementContent[] }, index });
    });
    for (const [i, { node, parent, index }] of found.entries()) {
      node.properties.loading = i === 0 ? 'eager' : 'lazy';
      node.properties.decoding = 'async';
      const src = localImagePath(String(node.properties.src ?? ''));
      const image = src ? await responsiveImage(publicDir, src) : null;
      if (!image) continue;
      node.properties.width = image.width;
      node.properties.height = image.height;
      if (!isResponsive(image)) continue;
      const own = image.sources.at(-1)!;
      node.properties.src = image.fallback;
      node.properties.srcSet = srcSet(own.variants);
      node.properties.sizes = IMAGE_SIZES;
      const sources: ElementContent[] = image.sources.slice(0, -1).map((s) => ({
        type: 'element',
        tagName: 'source',
        properties: { type: s.type, srcSet: srcSet(s.variants), sizes: IMAGE_SIZES },
        children: [],
      }));
      parent.children[index] = { type: 'element', tagName: 'picture', properties: {}, children: [...sources, node] };
    }
  };
}
