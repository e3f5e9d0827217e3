import { describe, expect, it } from 'vitest';
import { authorBySlug, postSummary } from '../content/queries';
import {
  HEADLINE_MAX,
  articleCrumbs,
  blogPostingJsonLd,
  breadcrumbItems,
  headline,
  organizationJsonLd,
  profileJsonLd,
  publisherJsonLd,
  websiteJsonLd,
} from './json-ld';

// SITE_URL is https://blog.example.org in vitest.config.ts; posts come from test/fixtures/content.
const ORIGIN = 'https://blog.example.org';
const PUBLISHER = {
  '@type': 'Organization',
  name: 'OpenInfra Foundation',
  url: 'https://openinfra.org',
  logo: { '@type': 'ImageObject', url: `${ORIGIN}/logo.png`, width: 512, height: 512 },
};
const post = (slug: string) => {
  const found = postSummary(slug);
  if (!found) throw new Error(`fixture post ${slug} is missing`);
  return found;
};

describe('BlogPosting', () => {
  it('carries every field Google asks of an article, by value', () => {
    expect(blogPostingJsonLd(post('alpha-release-notes'))).toEqual({
      headline: 'Alpha Release Notes for Operators',
      description: 'What operators need to know about the alpha release.',
      url: `${ORIGIN}/blog/alpha-release-notes`,
      datePublished: '2024-03-01T10:00:00.000Z',
      dateModified: '2024-03-01T10:00:00.000Z',
      author: [{ '@type': 'Person', name: 'Ildikó Váncsa', url: `${ORIGIN}/blog/author/ildiko-vancsa` }],
      publisher: PUBLISHER,
      image: [`${ORIGIN}/blog/alpha-release-notes/opengraph-image`],
      mainEntityOfPage: { '@type': 'WebPage', '@id': `${ORIGIN}/blog/alpha-release-notes` },
    });
  });

  it('names each author of a multi-author post as a Person with a URL', () => {
    expect(blogPostingJsonLd(post('beta-two-authors')).author).toEqual([
      { '@type': 'Person', name: 'Jeremy Stanley', url: `${ORIGIN}/blog/author/jeremy-stanley` },
      { '@type': 'Person', name: 'Clark Boylan', url: `${ORIGIN}/blog/author/clark-boylan` },
    ]);
  });

  it('cuts a headline longer than 110 characters at a word, and uses the post’s own image', () => {
    const ld = blogPostingJsonLd(post('epsilon-long-title'));
    expect(post('epsilon-long-title').seoTitle.length).toBe(125);
    expect(ld.headline).toBe(
      'Epsilon: A Very Long Headline About Hybrid Cloud, 5G, Edge Computing, Containers, Continuous Integration and…',
    );
    expect(ld.headline.length).toBeLessThanOrEqual(HEADLINE_MAX);
    expect(ld.image).toEqual([`${ORIGIN}/img/epsilon-card.png`]);
  });

  it('leaves a headline of 110 characters or fewer alone and never cuts mid-word', () => {
    const exact = 'x'.repeat(HEADLINE_MAX);
    expect(headline(exact)).toBe(exact);
    // Cut as excerpts are (lib/rules/text.ts): within 110 characters, ellipsis included.
    expect(headline(`${'word '.repeat(30)}end`)).toBe(`${'word '.repeat(21).trim()}…`);
    expect(headline('  spaced   out  ')).toBe('spaced out');
  });
});

describe('BreadcrumbList', () => {
  it('runs Home > Blog > first category > the article, the last crumb without a link', () => {
    expect(breadcrumbItems(articleCrumbs(post('beta-two-authors')))).toEqual([
      { name: 'Home', item: `${ORIGIN}/` },
      { name: 'Blog', item: `${ORIGIN}/blog` },
      { name: 'Community', item: `${ORIGIN}/blog/category/community` },
      { name: 'Beta Written by Two People' },
    ]);
  });
});

describe('ProfilePage and the home page', () => {
  it('describes an author with a profile as a Person with bio, employer and X account', () => {
    expect(profileJsonLd(authorBySlug('ildiko-vancsa')!)).toEqual({
      '@type': 'Person',
      name: 'Ildikó Váncsa',
      url: `${ORIGIN}/blog/author/ildiko-vancsa`,
      description: 'Works on community and ecosystem at the OpenInfra Foundation.',
      sameAs: ['https://x.com/IldikoVancsa'],
      affiliation: { '@type': 'Organization', name: 'OpenInfra Foundation' },
    });
  });

  it('describes an author without a profile by name and URL alone', () => {
    expect(profileJsonLd(authorBySlug('21cto')!)).toEqual({ '@type': 'Person', name: '21CTO', url: `${ORIGIN}/blog/author/21cto` });
  });

  it('gives the home page a WebSite and an Organization with its logo', () => {
    expect(websiteJsonLd()).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: 'OpenInfra Foundation Blog',
      url: `${ORIGIN}/`,
      inLanguage: 'en',
      publisher: { '@type': 'Organization', name: 'OpenInfra Foundation', url: 'https://openinfra.org' },
    });
    expect(organizationJsonLd()).toEqual({ name: 'OpenInfra Foundation', url: 'https://openinfra.org', logo: `${ORIGIN}/logo.png` });
    expect(publisherJsonLd()).toEqual(PUBLISHER);
  });
});
