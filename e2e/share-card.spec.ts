import { expect, test } from '@playwright/test';
import { HIDDEN, SEEDS, type Seed } from './support/expected';
import { ldOfType, one, readHead, type Head } from './support/head';

// The e2e server builds with SITE_URL = the address it serves, so every absolute URL starts with it.
const ORIGIN = (process.env.SITE_URL ?? process.env.E2E_BASE_URL ?? `http://127.0.0.1:${process.env.E2E_PORT ?? 3210}`).replace(/\/+$/, '');
const SITE = 'OpenInfra Foundation Blog';
const SITE_DESCRIPTION =
  'News, releases and community stories from the OpenInfra Foundation: OpenStack, Kata Containers, StarlingX, Zuul and the people who build open infrastructure.';
/** The site's generated card; articles, categories and authors have their own (lib/seo/metadata.ts). */
const SITE_IMAGE = { url: `${ORIGIN}/opengraph-image`, alt: `${SITE}: ${SITE_DESCRIPTION}` };
const cardOf = (path: string, alt: string) => ({ url: `${ORIGIN}${path}/opengraph-image`, alt });
const categoryImage = (slug: string, label: string) => cardOf(`/blog/category/${slug}`, `${label}: posts on the ${SITE}`);
const authorImage = (slug: string, name: string) => cardOf(`/blog/author/${slug}`, `${name}: posts on the ${SITE}`);
const PUBLISHER = {
  '@type': 'Organization',
  name: 'OpenInfra Foundation',
  url: 'https://openinfra.org',
  logo: { '@type': 'ImageObject', url: `${ORIGIN}/logo.png`, width: 512, height: 512 },
};

type Card = { title: string; description: string; path: string; type: 'website' | 'article'; docTitle: string; image?: { url: string; alt: string } };

/** The tags every page carries, checked by value: title, description, canonical, og:*, twitter:*. */
function expectCard(head: Head, card: Card) {
  const url = `${ORIGIN}${card.path}`;
  expect(head.title).toBe(card.docTitle);
  expect(one(head, 'description')).toBe(card.description);
  expect(head.canonical).toBe(url);
  expect(one(head, 'og:type')).toBe(card.type);
  expect(one(head, 'og:title')).toBe(card.title);
  expect(one(head, 'og:description')).toBe(card.description);
  expect(one(head, 'og:url')).toBe(url);
  expect(one(head, 'og:site_name')).toBe(SITE);
  expect(one(head, 'og:locale')).toBe('en_US');
  const image = card.image ?? SITE_IMAGE;
  expect(one(head, 'og:image')).toBe(image.url);
  expect(one(head, 'og:image:width')).toBe('1200');
  expect(one(head, 'og:image:height')).toBe('630');
  expect(one(head, 'og:image:type')).toBe('image/png');
  expect(one(head, 'og:image:alt')).toBe(image.alt);
  expect(one(head, 'twitter:image:alt')).toBe(image.alt);
  expect(one(head, 'twitter:card')).toBe('summary_large_image');
  expect(one(head, 'twitter:site')).toBe('@OpenInfraDev');
  expect(one(head, 'twitter:title')).toBe(card.title);
  expect(one(head, 'twitter:description')).toBe(card.description);
  expect(one(head, 'twitter:image')).toBe(image.url);
  expect(head.meta['robots']).toBeUndefined();
}

function expectNoArticleTags(head: Head) {
  for (const key of Object.keys(head.meta)) expect(key).not.toMatch(/^article:/);
  expect(head.meta['twitter:creator']).toBeUndefined();
}

function crumbs(...items: [string, string?][]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map(([name, path], i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name,
      ...(path ? { item: `${ORIGIN}${path}` } : {}),
    })),
  };
}

test('the home page: a website card, WebSite and Organization', async ({ page }) => {
  await page.goto('/');
  const head = await readHead(page);
  // Next.js prints the root URL without its trailing slash; both name the same page.
  expectCard(head, { title: SITE, docTitle: SITE, description: SITE_DESCRIPTION, path: '', type: 'website' });
  expectNoArticleTags(head);
  expect(head.jsonLd).toEqual([
    {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: SITE,
      url: `${ORIGIN}/`,
      inLanguage: 'en',
      publisher: { '@type': 'Organization', name: 'OpenInfra Foundation', url: 'https://openinfra.org' },
    },
    { '@context': 'https://schema.org', '@type': 'Organization', name: 'OpenInfra Foundation', url: 'https://openinfra.org', logo: `${ORIGIN}/logo.png` },
  ]);
});

const headline = (seed: Seed) =>
  seed.slug === 'openinfra-foundation-welcomes-microsoft'
    ? 'OpenInfra Foundation Welcomes Microsoft as Newest Member to Advance Open Infrastructure Use Cases, Hybrid…'
    : seed.seoTitle;

for (const seed of SEEDS) {
  test(`the article card of “${seed.title.slice(0, 40)}…”: og article tags, twitter, BlogPosting, BreadcrumbList`, async ({ page }) => {
    await page.goto(`/blog/${seed.slug}`);
    const head = await readHead(page);
    const path = `/blog/${seed.slug}`;
    const image = cardOf(path, seed.title);
    expectCard(head, { title: seed.seoTitle, docTitle: `${seed.seoTitle} | OpenInfra Blog`, description: seed.description, path, type: 'article', image });
    expect(one(head, 'article:published_time')).toBe(seed.publishedAt);
    expect(one(head, 'article:modified_time')).toBe(seed.publishedAt);
    expect(head.meta['article:author']).toEqual(seed.authors.map((a) => `${ORIGIN}/blog/author/${a.slug}`));
    expect(one(head, 'article:section')).toBe(seed.categories[0]!.label);
    expect(head.meta['article:tag']).toEqual(seed.categories.map((c) => c.label));
    expect(head.meta['twitter:creator']).toEqual(seed.twitterCreator ? [seed.twitterCreator] : undefined);
    expect(head.meta['author']).toEqual(seed.authors.map((a) => a.name));

    expect(ldOfType(head, 'BlogPosting')).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'BlogPosting',
        headline: headline(seed),
        url: `${ORIGIN}${path}`,
        author: seed.authors.map((a) => ({ '@type': 'Person', name: a.name, url: `${ORIGIN}/blog/author/${a.slug}` })),
        datePublished: seed.publishedAt,
        dateModified: seed.publishedAt,
        image: [image.url],
        publisher: PUBLISHER,
        description: seed.description,
        mainEntityOfPage: { '@type': 'WebPage', '@id': `${ORIGIN}${path}` },
      },
    ]);
    const [posting] = ldOfType(head, 'BlogPosting');
    expect(String(posting!.headline).length).toBeLessThanOrEqual(110);
    expect(ldOfType(head, 'BreadcrumbList')).toEqual([
      crumbs(['Home', '/'], ['Blog', '/blog'], [seed.categories[0]!.label, `/blog/category/${seed.categories[0]!.slug}`], [seed.title]),
    ]);
    expect(head.jsonLd).toHaveLength(2);
  });
}

test('the hidden post’s card asks for noindex and nothing else changes', async ({ page }) => {
  await page.goto(`/blog/${HIDDEN.slug}`);
  const head = await readHead(page);
  expect(head.meta['robots']).toEqual(['noindex, follow']);
  expect(head.canonical).toBe(`${ORIGIN}/blog/${HIDDEN.slug}`);
  expect(one(head, 'og:type')).toBe('article');
  expect(one(head, 'description')).toBe(HIDDEN.description);
});

test('archive pages: a website card with the page number in title and URL', async ({ page }) => {
  for (const [path, title] of [
    ['/blog', 'All posts'],
    ['/blog/page/2', 'All posts (page 2)'],
  ] as const) {
    await page.goto(path);
    const head = await readHead(page);
    expectCard(head, { title, docTitle: `${title} | OpenInfra Blog`, description: SITE_DESCRIPTION, path, type: 'website' });
    expectNoArticleTags(head);
  }
});

test('category pages: a website card and a BreadcrumbList', async ({ page }) => {
  const views = [
    { path: '/blog/category', title: 'Categories', description: `Every category of the ${SITE}.`, image: SITE_IMAGE, trail: [['Categories', '/blog/category']] },
    {
      path: '/blog/category/community',
      title: 'Community',
      description: `15 posts in Community on the ${SITE}.`,
      image: categoryImage('community', 'Community'),
      trail: [['Categories', '/blog/category'], ['Community', '/blog/category/community']],
    },
    {
      path: '/blog/category/community/page/2',
      title: 'Community (page 2)',
      description: `15 posts in Community on the ${SITE}.`,
      image: categoryImage('community', 'Community'),
      trail: [['Categories', '/blog/category'], ['Community', '/blog/category/community/page/2']],
    },
    {
      path: '/blog/category/events',
      title: 'Events',
      description: `2 posts in Events on the ${SITE}.`,
      image: categoryImage('events', 'Events'),
      trail: [['Categories', '/blog/category'], ['Events', '/blog/category/events']],
    },
  ] as const;
  for (const view of views) {
    await page.goto(view.path);
    const head = await readHead(page);
    expectCard(head, { title: view.title, docTitle: `${view.title} | OpenInfra Blog`, description: view.description, path: view.path, type: 'website', image: view.image });
    expectNoArticleTags(head);
    expect(head.jsonLd).toEqual([crumbs(['Home', '/'], ['Blog', '/blog'], ...(view.trail as unknown as [string, string][]))]);
  }
});

test('author pages: a website card, ProfilePage with the Person, and a BreadcrumbList', async ({ page }) => {
  const bryce = 'Executive Director of the OpenInfra Foundation, which he co-founded as the OpenStack Foundation in 2012.';
  const views = [
    {
      path: '/blog/author/jonathan-bryce',
      title: 'Jonathan Bryce',
      image: authorImage('jonathan-bryce', 'Jonathan Bryce'),
      description: bryce,
      person: {
        '@type': 'Person',
        name: 'Jonathan Bryce',
        url: `${ORIGIN}/blog/author/jonathan-bryce`,
        description: bryce,
        sameAs: ['https://x.com/jbryce'],
        affiliation: { '@type': 'Organization', name: 'OpenInfra Foundation' },
      },
    },
    {
      path: '/blog/author/21cto',
      title: '21CTO',
      image: authorImage('21cto', '21CTO'),
      description: `Posts by 21CTO on the ${SITE}.`,
      person: { '@type': 'Person', name: '21CTO', url: `${ORIGIN}/blog/author/21cto` },
    },
    {
      path: '/blog/author/allison-price/page/2',
      title: 'Allison Price (page 2)',
      image: authorImage('allison-price', 'Allison Price'),
      crumb: 'Allison Price',
      description: 'Leads marketing and community at the OpenInfra Foundation.',
      person: {
        '@type': 'Person',
        name: 'Allison Price',
        url: `${ORIGIN}/blog/author/allison-price`,
        description: 'Leads marketing and community at the OpenInfra Foundation.',
        affiliation: { '@type': 'Organization', name: 'OpenInfra Foundation' },
      },
    },
  ];
  for (const view of views) {
    await page.goto(view.path);
    const head = await readHead(page);
    expectCard(head, { title: view.title, docTitle: `${view.title} | OpenInfra Blog`, description: view.description, path: view.path, type: 'website', image: view.image });
    expectNoArticleTags(head);
    expect(ldOfType(head, 'ProfilePage')).toEqual([{ '@context': 'https://schema.org', '@type': 'ProfilePage', mainEntity: view.person }]);
    expect(ldOfType(head, 'BreadcrumbList')).toEqual([
      crumbs(['Home', '/'], ['Blog', '/blog'], ['Authors', '/blog/author'], [view.crumb ?? view.title, view.path]),
    ]);
  }
  await page.goto('/blog/author');
  const head = await readHead(page);
  expectCard(head, { title: 'Authors', docTitle: 'Authors | OpenInfra Blog', description: `Everyone who writes for the ${SITE}.`, path: '/blog/author', type: 'website' });
  expect(head.jsonLd).toEqual([crumbs(['Home', '/'], ['Blog', '/blog'], ['Authors', '/blog/author'])]);
});

test('the card image and the publisher logo are real PNGs of the declared size', async ({ request }) => {
  for (const [url, width, height] of [
    [SITE_IMAGE.url, 1200, 630],
    [PUBLISHER.logo.url, 512, 512],
  ] as const) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    // A PNG's IHDR chunk holds its width and height, big-endian, at bytes 16 and 20.
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width, height]);
  }
});
