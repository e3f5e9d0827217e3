import { afterEach, describe, expect, it, vi } from 'vitest';
import { STALE_SLUG, fixtureGenerated } from '../../test/global-setup';
import { adjacentPosts, authorBySlug, authors, browsablePosts, categories, categoryBySlug, latestPosts, listedPosts, postBySlug, postSlugs, postSummary, postsByAuthor, postsInCategory, relatedPosts } from './queries';
import { laterPageNumbers, pageParam, paginate } from './pagination';

// Every query reads test/fixtures/content, built by contentlayer2 in test/global-setup.ts.
const slugs = (posts: { slug: string }[]) => posts.map((p) => p.slug);

// Tests that re-import the module under another environment leave the next test a clean one.
afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

const LISTED = [
  'alpha-release-notes',
  'beta-two-authors',
  'delta-has-no-seo-block',
  'epsilon-long-title',
  'zeta-community-meetup',
  'eta-community-survey',
  'theta-summit-schedule',
];

describe('the current documents', () => {
  it('ignores JSON that contentlayer2 left behind for a post that no longer exists', () => {
    expect(postSummary(STALE_SLUG)).toBeNull();
    expect(postSlugs()).not.toContain(STALE_SLUG);
  });
});

describe('visibility of hidden posts', () => {
  it('keeps the hidden post out of listedPosts and (outside next dev) browsablePosts', () => {
    expect(slugs(listedPosts())).toEqual(LISTED);
    expect(slugs(browsablePosts())).toEqual(LISTED);
    expect(slugs(latestPosts(3))).toEqual(LISTED.slice(0, 3));
  });

  it('still builds the hidden post: it is in postSlugs, postSummary and postBySlug', () => {
    expect(postSlugs()).toEqual([...LISTED.slice(0, 2), 'gamma-hidden', ...LISTED.slice(2)]);
    expect(postSummary('gamma-hidden')).toMatchObject({ hidden: true, url: '/blog/gamma-hidden', title: 'Gamma, an Unlisted Draft' });
    const post = postBySlug('gamma-hidden');
    expect(post?.hidden).toBe(true);
    expect(post?.html).toBe('<p>Hidden from every list; reachable by its URL.</p>');
    expect(post?.markdown.trim()).toBe('Hidden from every list; reachable by its URL.');
  });

  it('counts no hidden post in categories, and drops a category only a hidden post carries', () => {
    expect(categories()).toEqual([
      { slug: 'community', label: 'Community', count: 5 },
      { slug: 'events', label: 'Events', count: 1 },
      { slug: 'news-announcements', label: 'News & Announcements', count: 2 },
    ]);
    expect(categoryBySlug('secret-plans')).toBeNull();
    expect(slugs(postsInCategory('community'))).toEqual([
      'alpha-release-notes',
      'beta-two-authors',
      'epsilon-long-title',
      'zeta-community-meetup',
      'eta-community-survey',
    ]);
    expect(postsInCategory('secret-plans')).toEqual([]);
  });

  it('credits no hidden post to an author, and drops a person only a hidden post names', () => {
    expect(authorBySlug('pat-unlisted')).toBeNull();
    expect(slugs(postsByAuthor('ildiko-vancsa'))).toEqual(['alpha-release-notes', 'epsilon-long-title']);
    expect(authors().map((a) => [a.slug, a.count])).toEqual([
      ['21cto', 1],
      ['allison-price', 3],
      ['clark-boylan', 1],
      ['ildiko-vancsa', 2],
      ['jeremy-stanley', 1],
      ['thierry-carrez', 0],
    ]);
  });

  it('links the hidden post from no neighbour and gives it no neighbours', () => {
    expect(adjacentPosts('beta-two-authors').older?.slug).toBe('delta-has-no-seo-block');
    expect(adjacentPosts('delta-has-no-seo-block').newer?.slug).toBe('beta-two-authors');
    expect(adjacentPosts('gamma-hidden')).toEqual({ newer: null, older: null });
    for (const slug of postSlugs()) expect(slugs(relatedPosts(slug, 10))).not.toContain('gamma-hidden');
  });

  it('shows hidden posts in list views under next dev, and still in no public list', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    vi.resetModules();
    const dev = await import('./queries');
    expect(dev.PREVIEW).toBe(true);
    expect(slugs(dev.browsablePosts())).toContain('gamma-hidden');
    expect(slugs(dev.listedPosts())).toEqual(LISTED);
    expect(dev.categoryBySlug('secret-plans')).toEqual({ slug: 'secret-plans', label: 'Secret Plans', count: 1 });
    expect(dev.authorBySlug('pat-unlisted')?.count).toBe(1);
    // Feeds and the sitemap read these: hidden posts stay out of them under next dev too.
    expect(slugs(dev.postsInCategory('secret-plans'))).toEqual(['gamma-hidden']);
    expect(dev.listedPostsInCategory('secret-plans')).toEqual([]);
    expect(slugs(dev.postsByAuthor('pat-unlisted'))).toEqual(['gamma-hidden']);
    expect(dev.listedPostsByAuthor('pat-unlisted')).toEqual([]);
  });
});

describe('sorting', () => {
  it('puts the newest first and breaks a tie of identical dates by slug', () => {
    const [first, second] = listedPosts();
    expect(first?.publishedAt).toBe('2024-03-01T10:00:00.000Z');
    expect(second?.publishedAt).toBe(first?.publishedAt);
    expect([first?.slug, second?.slug]).toEqual(['alpha-release-notes', 'beta-two-authors']);
    const dates = listedPosts().map((p) => p.publishedAt);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('reads the CMS’s unpadded dates as ISO 8601', () => {
    expect(postSummary('delta-has-no-seo-block')?.publishedAt).toBe('2024-01-10T08:00:00.000Z');
  });
});

describe('pagination', () => {
  const items = listedPosts();

  it('cuts pages of the given size and reports the totals', () => {
    expect(paginate(items, 1, 3)).toEqual({ items: items.slice(0, 3), page: 1, totalPages: 3, total: 7 });
    expect(slugs(paginate(items, 2, 3)!.items)).toEqual(['epsilon-long-title', 'zeta-community-meetup', 'eta-community-survey']);
  });

  it('has a short last page, and no page 0, past the end or between pages', () => {
    expect(paginate(items, 3, 3)).toEqual({ items: [items[6]], page: 3, totalPages: 3, total: 7 });
    expect(paginate(items, 4, 3)).toBeNull();
    expect(paginate(items, 0, 3)).toBeNull();
    expect(paginate(items, -1, 3)).toBeNull();
    expect(paginate(items, 1.5, 3)).toBeNull();
  });

  it('gives an empty list one empty first page and nothing after it', () => {
    expect(paginate([], 1, 3)).toEqual({ items: [], page: 1, totalPages: 1, total: 0 });
    expect(paginate([], 2, 3)).toBeNull();
    expect(laterPageNumbers(0, 3)).toEqual([]);
  });

  it('uses the site page size by default', () => {
    expect(paginate(items, 1)).toEqual({ items, page: 1, totalPages: 1, total: 7 });
    expect(laterPageNumbers(21)).toEqual([2, 3]);
    expect(laterPageNumbers(7, 3)).toEqual([2, 3]);
    expect(laterPageNumbers(6, 3)).toEqual([2]);
  });

  it('accepts only a canonical positive page number from the URL', () => {
    expect(pageParam('2')).toBe(2);
    expect(pageParam('10')).toBe(10);
    for (const bad of ['0', '-1', '02', 'abc', '1.5', '2e1', '', ' 2']) expect(pageParam(bad)).toBeNull();
  });
});

describe('neighbours', () => {
  it('gives the newer and older listed post', () => {
    expect(adjacentPosts('alpha-release-notes')).toMatchObject({ newer: null, older: { slug: 'beta-two-authors' } });
    expect(adjacentPosts('epsilon-long-title')).toMatchObject({
      newer: { slug: 'delta-has-no-seo-block' },
      older: { slug: 'zeta-community-meetup' },
    });
    expect(adjacentPosts('theta-summit-schedule')).toMatchObject({ newer: { slug: 'eta-community-survey' }, older: null });
    expect(adjacentPosts('no-such-post')).toEqual({ newer: null, older: null });
  });

  it('picks related posts from the same first category, nearest in date, never the post itself', () => {
    expect(slugs(relatedPosts('epsilon-long-title'))).toEqual(['zeta-community-meetup', 'beta-two-authors', 'eta-community-survey']);
    expect(slugs(relatedPosts('alpha-release-notes'))).toEqual(['beta-two-authors', 'epsilon-long-title', 'zeta-community-meetup']);
    expect(slugs(relatedPosts('eta-community-survey', 2))).toEqual(['zeta-community-meetup', 'epsilon-long-title']);
    expect(slugs(relatedPosts('gamma-hidden'))).toEqual(['epsilon-long-title', 'beta-two-authors', 'zeta-community-meetup']);
    for (const slug of postSlugs()) {
      const related = relatedPosts(slug, 10);
      expect(slugs(related)).not.toContain(slug);
      const first = postSummary(slug)!.categories[0]!.slug;
      for (const r of related) expect(r.categories[0]?.slug).toBe(first);
    }
  });

  it('gives a post alone in its category no related posts', () => {
    expect(relatedPosts('theta-summit-schedule')).toEqual([]);
    expect(relatedPosts('no-such-post')).toEqual([]);
  });
});

describe('authors', () => {
  it('matches "Ildiko Vancsa" on a post to the "Ildikó Váncsa" profile, and names them as the profile does', () => {
    const author = authorBySlug('ildiko-vancsa');
    expect(author).toEqual({
      slug: 'ildiko-vancsa',
      name: 'Ildikó Váncsa',
      count: 2,
      profile: {
        authorName: 'Ildikó Váncsa',
        company: 'OpenInfra Foundation',
        bio: 'Works on community and ecosystem at the OpenInfra Foundation.',
        avatar: undefined,
        twitter: '@IldikoVancsa',
      },
    });
    expect(postSummary('alpha-release-notes')?.authorLine).toBe('Ildiko Vancsa');
    expect(postSummary('alpha-release-notes')?.authors).toEqual([{ name: 'Ildikó Váncsa', slug: 'ildiko-vancsa' }]);
  });

  it('gives a person with no profile an author entry all the same', () => {
    expect(authorBySlug('21cto')).toEqual({ slug: '21cto', name: '21CTO', count: 1, profile: null });
    expect(slugs(postsByAuthor('21cto'))).toEqual(['delta-has-no-seo-block']);
  });

  it('splits a multi-author string into people, each with their own entry', () => {
    const beta = postSummary('beta-two-authors')!;
    expect(beta.authorLine).toBe('Jeremy Stanley and Clark Boylan');
    expect(beta.authors).toEqual([
      { name: 'Jeremy Stanley', slug: 'jeremy-stanley' },
      { name: 'Clark Boylan', slug: 'clark-boylan' },
    ]);
    expect(slugs(postsByAuthor('clark-boylan'))).toEqual(['beta-two-authors']);
    expect(authorBySlug('jeremy-stanley')).toMatchObject({ name: 'Jeremy Stanley', count: 1, profile: null });
  });

  it('lists a profile with no posts, by name, and drops an invalid twitter handle', () => {
    expect(authors().map((a) => a.name)).toEqual(['21CTO', 'Allison Price', 'Clark Boylan', 'Ildikó Váncsa', 'Jeremy Stanley', 'Thierry Carrez']);
    expect(authorBySlug('thierry-carrez')).toMatchObject({ count: 0, profile: { twitter: null } });
    expect(postsByAuthor('thierry-carrez')).toEqual([]);
  });
});

describe('post fields', () => {
  it('derives slug, url, description, categories and the twitter creator', () => {
    expect(postSummary('beta-two-authors')).toMatchObject({
      url: '/blog/beta-two-authors',
      title: 'Beta Written by Two People',
      seoTitle: 'Beta Written by Two People',
      description: 'Two infrastructure engineers write about the beta.',
      twitterCreator: null,
      categories: [
        { slug: 'community', label: 'Community' },
        { slug: 'news-announcements', label: 'News & Announcements' },
      ],
      sourceFile: 'posts/beta-two-authors.md',
    });
    expect(postSummary('alpha-release-notes')).toMatchObject({ seoTitle: 'Alpha Release Notes for Operators', twitterCreator: '@ildikov' });
    expect(postSummary('delta-has-no-seo-block')?.description).toBe(
      'Delta comes from the archive without an seo block, so its description is an excerpt of this body, which goes on for a while so that the excerpt has to be cut…',
    );
  });

  it('renders the body with heading anchors beside the heading, never around it', () => {
    expect(postBySlug('alpha-release-notes')?.html).toContain(
      '<div class="heading-group"><h2 id="upgrading">Upgrading</h2><a class="heading-anchor" aria-label="Permalink: Upgrading" href="#upgrading"><span aria-hidden="true">#</span></a></div>',
    );
    expect(postBySlug('no-such-post')).toBeNull();
    expect(postSummary('no-such-post')).toBeNull();
  });
});

describe('errors', () => {
  it('refuses two posts with one URL, naming both files', async () => {
    vi.stubEnv('CONTENTLAYER_DIR', fixtureGenerated('duplicate-url'));
    vi.stubEnv('CONTENT_DIR', 'test/fixtures/duplicate-url');
    vi.resetModules();
    const dup = await import('./queries');
    expect(() => dup.listedPosts()).toThrow(
      'Two posts resolve to /blog/the-same-story: test/fixtures/duplicate-url/posts/first-copy.md and ' +
        'test/fixtures/duplicate-url/posts/second-copy.md. Give one of them a different seo.url.',
    );
  });

  it('under next dev, shows the first of two posts on one URL (the banner names both) instead of failing every page', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    vi.stubEnv('CONTENTLAYER_DIR', fixtureGenerated('duplicate-url'));
    vi.stubEnv('CONTENT_DIR', 'test/fixtures/duplicate-url');
    const storeKey = Symbol.for('openinfra.content.store');
    const shared = globalThis as Record<symbol, unknown>;
    delete shared[storeKey];
    vi.resetModules();
    try {
      const dev = await import('./queries');
      expect(dev.postSlugs().filter((slug) => slug === 'the-same-story')).toHaveLength(1);
      expect(dev.postSummary('the-same-story')?.sourceFile).toBe('posts/first-copy.md');
    } finally {
      delete shared[storeKey];
    }
  });

  it('says how to generate the content when there is none', async () => {
    vi.stubEnv('CONTENTLAYER_DIR', 'test/fixtures/no-such-folder');
    vi.resetModules();
    const none = await import('./queries');
    expect(() => none.postSlugs()).toThrow('No generated content in test/fixtures/no-such-folder. Run `npm run content:build`');
  });

  it('under next dev, says npm run dev writes the content (a first generation it refused, or plain next dev)', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    vi.stubEnv('CONTENTLAYER_DIR', 'test/fixtures/no-such-folder');
    const storeKey = Symbol.for('openinfra.content.store');
    const shared = globalThis as Record<symbol, unknown>;
    delete shared[storeKey];
    vi.resetModules();
    const none = await import('./queries');
    // Nothing to wait for: next dev (and /admin with it) is not held up retrying.
    const wait = vi.spyOn(Atomics, 'wait');
    expect(() => none.postSlugs()).toThrow(
      'No generated content in test/fixtures/no-such-folder yet. npm run dev writes it when it starts and again on each save (its terminal names any file to fix); reload this page once it is written.',
    );
    expect(wait).not.toHaveBeenCalled();
    wait.mockRestore();
  });
});
