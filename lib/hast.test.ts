import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { eachElement } from './hast';

const HTML = '<h1 id="a">T<em>i</em></h1><p>x <a href="#a">up<img alt="i"></a></p><table><tr><th></th><td>1</td></tr></table><!-- c --><ul><li><p>d</p></li></ul>';

describe('eachElement', () => {
  it('meets the elements unist-util-visit meets, in its order, with the same index and parent', () => {
    const tree = fromHtml(HTML, { fragment: true });
    const theirs: [string, number | undefined, unknown][] = [];
    visit(tree, 'element', (node, index, parent) => void theirs.push([node.tagName, index, parent]));
    const ours: [string, number | undefined, unknown][] = [];
    eachElement(tree, (node, index, parent) => void ours.push([node.tagName, index, parent]));
    expect(ours.map(([tag, index]) => [tag, index])).toEqual(theirs.map(([tag, index]) => [tag, index]));
    ours.forEach(([, , parent], i) => expect(parent).toBe(theirs[i]![2]));
    expect(ours.length).toBeGreaterThan(10);
  });

  it('walks the children an element has after the callback changed them', () => {
    const tree = fromHtml('<p><a href="x"><span>old</span></a></p>', { fragment: true });
    const seen: string[] = [];
    eachElement(tree, (node) => {
      seen.push(node.tagName);
      if (node.tagName === 'a') node.children = [{ type: 'element', tagName: 'b', properties: {}, children: [] } satisfies Element];
    });
    expect(seen).toEqual(['p', 'a', 'b']);
  });
});
