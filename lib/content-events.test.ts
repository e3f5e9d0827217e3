import { describe, expect, it } from 'vitest';
import { firstAddedUrls } from './content-events';

const routes = (entries: Record<string, string[]>) => new Map(Object.entries(entries).map(([k, v]) => [k, new Set(v)]));

describe('firstAddedUrls', () => {
  it('gives, for each route that gained URLs, the first new one', () => {
    const before = routes({ '/blog/[slug]': ['/blog/a'], '/blog/page/[page]': [], '/blog/category/[category]': ['/blog/category/x'] });
    const after = routes({
      '/blog/[slug]': ['/blog/a', '/blog/b', '/blog/c'],
      '/blog/page/[page]': ['/blog/page/2'],
      '/blog/category/[category]': ['/blog/category/x'],
    });
    expect(firstAddedUrls(before, after)).toEqual(['/blog/b', '/blog/page/2']);
  });
  it('gives nothing when URLs only went away (a deleted post is a 404 already)', () => {
    expect(firstAddedUrls(routes({ '/blog/[slug]': ['/blog/a', '/blog/b'] }), routes({ '/blog/[slug]': ['/blog/a'] }))).toEqual([]);
  });
});
