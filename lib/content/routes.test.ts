import { afterEach, describe, expect, it, vi } from 'vitest';
import { authors, categories, postSlugs } from './queries';
import { listPage } from './pagination';
import { authorListing, blogListing, categoryListing, contentRouteUrls, contentRoutes, staticParams } from './routes';

// The routes read test/fixtures/content (8 posts, one hidden; built in test/global-setup.ts).
afterEach(() => vi.unstubAllEnvs());

describe('staticParams', () => {
  it('gives every post page, the hidden one included, and every category and author page', () => {
    expect(staticParams('/blog/[slug]')).toEqual(postSlugs().map((slug) => ({ slug })));
    expect(staticParams('/blog/[slug]')).toContainEqual({ slug: 'gamma-hidden' });
    expect(staticParams('/blog/category/[category]')).toEqual([{ category: 'community' }, { category: 'events' }, { category: 'news-announcements' }]);
    expect(staticParams('/blog/author/[author]').map((p) => p.author)).toEqual(authors().map((a) => a.slug));
  });

  it('gives no /page/N to lists of one page under next build', () => {
    vi.stubEnv('NEXT_OUTPUT', '');
    expect(staticParams('/blog/page/[page]')).toEqual([]);
    expect(staticParams('/blog/category/[category]/page/[page]')).toEqual([]);
    expect(staticParams('/blog/author/[author]/page/[page]')).toEqual([]);
  });

  it('gives a static export one placeholder page 1 per paged route, which no list shows', () => {
    vi.stubEnv('NEXT_OUTPUT', 'export');
    expect(staticParams('/blog/page/[page]')).toEqual([{ page: '1' }]);
    expect(staticParams('/blog/category/[category]/page/[page]')).toEqual([{ category: 'community', page: '1' }]);
    expect(staticParams('/blog/author/[author]/page/[page]')).toEqual([{ author: authors()[0]!.slug, page: '1' }]);
    expect(blogListing('1')).toBeNull();
    expect(categoryListing('community', '1')).toBeNull();
    // Routes that are never empty get no placeholder.
    expect(staticParams('/blog/[slug]')).toHaveLength(postSlugs().length);
  });
});

describe('contentRouteUrls', () => {
  it('lists the URL of every param set of every route, keyed as the route folders are', () => {
    const urls = contentRouteUrls();
    expect([...urls.keys()]).toEqual(Object.keys(contentRoutes));
    expect([...urls.get('/blog/[slug]')!]).toEqual(postSlugs().map((s) => `/blog/${s}`));
    expect([...urls.get('/blog/category/[category]')!]).toEqual(categories().map((c) => `/blog/category/${c.slug}`));
    expect(urls.get('/blog/page/[page]')!.size).toBe(0);
  });
});

describe('listings', () => {
  it('shows page 1 at the list URL and refuses /page/1, /page/02 and pages past the end', () => {
    expect(blogListing()).toMatchObject({ subject: null, page: { page: 1, totalPages: 1, total: 7 } });
    for (const raw of ['1', '02', '2', '0', 'x']) expect(blogListing(raw), raw).toBeNull();
  });

  it('finds a category or author by slug, with its posts, and null for one that does not exist', () => {
    expect(categoryListing('events')).toMatchObject({ subject: { slug: 'events', label: 'Events', count: 1 }, page: { page: 1, total: 1 } });
    expect(categoryListing('events')!.page.items.map((p) => p.slug)).toEqual(['theta-summit-schedule']);
    expect(categoryListing('no-such-category')).toBeNull();
    expect(authorListing('ildiko-vancsa')!.page.items.map((p) => p.slug)).toEqual(['alpha-release-notes', 'epsilon-long-title']);
    expect(authorListing('ildiko-vancsa', '2')).toBeNull();
    expect(authorListing('nobody')).toBeNull();
  });

  it('pages a long list: /page/2 and /page/3 of 25 items, nothing after', () => {
    const items = Array.from({ length: 25 }, (_, i) => i);
    expect(listPage(items)).toMatchObject({ page: 1, totalPages: 3, items: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] });
    expect(listPage(items, '3')).toMatchObject({ page: 3, items: [20, 21, 22, 23, 24] });
    expect(listPage(items, '4')).toBeNull();
    expect(listPage(items, '1')).toBeNull();
  });
});
