import { describe, expect, it } from 'vitest';
import { authorBySlug, categoryBySlug, postSummary } from '../content/queries';
import {
  articleMetadata,
  authorMetadata,
  authorsMetadata,
  blogMetadata,
  categoriesMetadata,
  categoryMetadata,
  homeMetadata,
  rootMetadata,
} from './metadata';
import { postImage } from '../og/share-image';

// SITE_URL is https://blog.example.org in vitest.config.ts; posts come from test/fixtures/content.
const ORIGIN = 'https://blog.example.org';
const SITE = 'OpenInfra Foundation Blog';
const DESCRIPTION =
  'News, releases and community stories from the OpenInfra Foundation: OpenStack, Kata Containers, StarlingX, Zuul and the people who build open infrastructure.';
const CARD = { width: 1200, height: 630, type: 'image/png' };
const DEFAULT_IMAGE = { url: `${ORIGIN}/opengraph-image`, ...CARD, alt: `${SITE}: ${DESCRIPTION}` };
const SITE_FEEDS = {
  'application/rss+xml': [{ url: `${ORIGIN}/rss.xml`, title: `${SITE} (RSS)` }],
  'application/atom+xml': [{ url: `${ORIGIN}/atom.xml`, title: `${SITE} (Atom)` }],
  'application/feed+json': [{ url: `${ORIGIN}/feed.json`, title: `${SITE} (JSON Feed)` }],
};
const post = (slug: string) => {
  const found = postSummary(slug);
  if (!found) throw new Error(`fixture post ${slug} is missing`);
  return found;
};

describe('articleMetadata', () => {
  it('builds every tag of an article by value', () => {
    const ALPHA_CARD = { url: `${ORIGIN}/blog/alpha-release-notes/opengraph-image`, ...CARD, alt: 'Alpha Release Notes' };
    expect(articleMetadata(post('alpha-release-notes'))).toEqual({
      title: 'Alpha Release Notes for Operators',
      description: 'What operators need to know about the alpha release.',
      authors: [{ name: 'Ildikó Váncsa', url: `${ORIGIN}/blog/author/ildiko-vancsa` }],
      alternates: { canonical: `${ORIGIN}/blog/alpha-release-notes`, types: SITE_FEEDS },
      openGraph: {
        type: 'article',
        title: 'Alpha Release Notes for Operators',
        description: 'What operators need to know about the alpha release.',
        url: `${ORIGIN}/blog/alpha-release-notes`,
        siteName: SITE,
        locale: 'en_US',
        publishedTime: '2024-03-01T10:00:00.000Z',
        modifiedTime: '2024-03-01T10:00:00.000Z',
        authors: [`${ORIGIN}/blog/author/ildiko-vancsa`],
        section: 'Community',
        tags: ['Community'],
        images: [ALPHA_CARD],
      },
      twitter: {
        card: 'summary_large_image',
        site: '@OpenInfraDev',
        creator: '@ildikov',
        title: 'Alpha Release Notes for Operators',
        description: 'What operators need to know about the alpha release.',
        images: [ALPHA_CARD],
      },
    });
  });

  it('sets twitter:creator only from a valid handle', () => {
    expect(articleMetadata(post('beta-two-authors')).twitter).not.toHaveProperty('creator');
    expect(articleMetadata(post('zeta-community-meetup')).twitter).toMatchObject({ creator: '@OpenInfraDev' });
    expect(articleMetadata(post('eta-community-survey')).twitter).not.toHaveProperty('creator');
  });

  it('credits every author and tags every category', () => {
    const meta = articleMetadata(post('beta-two-authors'));
    expect(meta.authors).toEqual([
      { name: 'Jeremy Stanley', url: `${ORIGIN}/blog/author/jeremy-stanley` },
      { name: 'Clark Boylan', url: `${ORIGIN}/blog/author/clark-boylan` },
    ]);
    expect(meta.openGraph).toMatchObject({
      authors: [`${ORIGIN}/blog/author/jeremy-stanley`, `${ORIGIN}/blog/author/clark-boylan`],
      section: 'Community',
      tags: ['Community', 'News & Announcements'],
    });
  });

  it('asks search engines not to index a hidden post, and only a hidden post', () => {
    expect(articleMetadata(post('gamma-hidden')).robots).toEqual({ index: false, follow: true });
    for (const slug of ['alpha-release-notes', 'beta-two-authors', 'delta-has-no-seo-block', 'epsilon-long-title']) {
      expect(articleMetadata(post(slug))).not.toHaveProperty('robots');
    }
  });

  it('uses the post’s own card image, absolute, when it has one', () => {
    const epsilon = post('epsilon-long-title');
    const image = { url: `${ORIGIN}/img/epsilon-card.png`, alt: epsilon.title };
    expect(postImage(epsilon)).toEqual(image);
    expect(articleMetadata(epsilon).openGraph).toMatchObject({ images: [image] });
    expect(articleMetadata(epsilon).twitter).toMatchObject({ images: [image] });
  });

  it('falls back to the title and a body excerpt when there is no seo block', () => {
    const meta = articleMetadata(post('delta-has-no-seo-block'));
    expect(meta.title).toBe('Delta Has No SEO Block');
    expect(meta.description).toBe(post('delta-has-no-seo-block').description);
    expect(String(meta.description).length).toBeLessThanOrEqual(160);
    expect(meta.alternates).toEqual({ canonical: `${ORIGIN}/blog/delta-has-no-seo-block`, types: SITE_FEEDS });
  });
});

describe('metadata of the other pages', () => {
  it('gives the root layout the site defaults and the title template', () => {
    const meta = rootMetadata();
    expect(String(meta.metadataBase)).toBe(`${ORIGIN}/`);
    expect(meta.title).toEqual({ default: SITE, template: '%s | OpenInfra Blog' });
    expect(meta.openGraph).toMatchObject({ siteName: SITE, locale: 'en_US', type: 'website', images: [DEFAULT_IMAGE] });
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image', site: '@OpenInfraDev' });
  });

  it('gives the home page the bare site name and a website card', () => {
    const meta = homeMetadata();
    expect(meta.title).toEqual({ absolute: SITE });
    expect(meta.alternates).toEqual({ canonical: `${ORIGIN}/`, types: SITE_FEEDS });
    expect(meta.openGraph).toMatchObject({ type: 'website', title: SITE, url: `${ORIGIN}/` });
    expect(meta).not.toHaveProperty('robots');
  });

  it('numbers archive pages in the title and the canonical URL', () => {
    expect(blogMetadata(1)).toMatchObject({ title: 'All posts', alternates: { canonical: `${ORIGIN}/blog` } });
    expect(blogMetadata(2)).toMatchObject({
      title: 'All posts (page 2)',
      alternates: { canonical: `${ORIGIN}/blog/page/2` },
      openGraph: { type: 'website', url: `${ORIGIN}/blog/page/2`, title: 'All posts (page 2)' },
      twitter: { card: 'summary_large_image', site: '@OpenInfraDev', title: 'All posts (page 2)' },
    });
  });

  it('describes a category by its listed posts', () => {
    expect(categoryMetadata(categoryBySlug('community')!, 2)).toMatchObject({
      title: 'Community (page 2)',
      description: `5 posts in Community on the ${SITE}.`,
      alternates: { canonical: `${ORIGIN}/blog/category/community/page/2` },
    });
    expect(categoryMetadata(categoryBySlug('events')!, 1).description).toBe(`1 post in Events on the ${SITE}.`);
    expect(categoriesMetadata()).toMatchObject({ title: 'Categories', alternates: { canonical: `${ORIGIN}/blog/category` } });
  });

  it('describes an author by the profile’s bio, else by name', () => {
    expect(authorMetadata(authorBySlug('ildiko-vancsa')!, 1)).toMatchObject({
      title: 'Ildikó Váncsa',
      description: 'Works on community and ecosystem at the OpenInfra Foundation.',
      alternates: { canonical: `${ORIGIN}/blog/author/ildiko-vancsa` },
      openGraph: { type: 'website', url: `${ORIGIN}/blog/author/ildiko-vancsa` },
    });
    expect(authorMetadata(authorBySlug('21cto')!, 1)).toMatchObject({ title: '21CTO', description: `Posts by 21CTO on the ${SITE}.` });
    expect(authorsMetadata()).toMatchObject({ title: 'Authors', alternates: { canonical: `${ORIGIN}/blog/author` } });
  });

  it('never marks a list page noindex', () => {
    for (const meta of [homeMetadata(), blogMetadata(1), blogMetadata(2), categoriesMetadata(), authorsMetadata()]) {
      expect(meta).not.toHaveProperty('robots');
    }
  });
});
