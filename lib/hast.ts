import type { Element, Root } from 'hast';

/*
 * unist-util-visit gives every node it passes a function of its own with a readable name
 * (Object.defineProperty on each): over the synthetic archive that cost the seven walks of the
 * pipeline's own plugins ~0.3 ms a post, 3 CPU-s at 10,000 posts (`node --cpu-prof scripts/content-prefill.mjs`
 * over 5,000 posts). The plugins here need only every element, so they walk the children themselves.
 */

/**
 * Calls `fn` on every element below `parent`, in document order, each before its children (as
 * unist-util-visit does), with its index in its parent. `fn` may change the element it is given, its
 * tag name and its children included; the children it has after `fn` are walked.
 */
export function eachElement(parent: Root | Element, fn: (node: Element, index: number, parent: Root | Element) => void): void {
  const { children } = parent;
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    if (child.type !== 'element') continue;
    fn(child, index, parent);
    eachElement(child, fn);
  }
}
