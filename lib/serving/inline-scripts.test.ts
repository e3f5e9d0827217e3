import { describe, expect, it } from 'vitest';
import { withoutScripts } from './inline-scripts';

describe('withoutScripts', () => {
  it('removes each script element whole, and nothing around it', () => {
    const html =
      '<head><script src="/a.js" async=""></script></head><body><h1>Title</h1>' +
      '<script type="application/ld+json">{"headline":"Title"}</script><p>Body</p>' +
      '<script>self.__next_f.push([1,"Zebra"])</script ><script data-x="a>b">x()</script></body>';
    expect(withoutScripts(html)).toBe('<head></head><body><h1>Title</h1><p>Body</p></body>');
  });

  it('leaves a page without scripts as it is, and text that only names one', () => {
    const html = '<p>Put <code>&lt;script&gt;</code> in the head.</p>';
    expect(withoutScripts(html)).toBe(html);
  });
});
