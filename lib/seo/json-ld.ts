import type { AuthorEntry, PostSummary } from '../content/queries';
import { absoluteUrl, site } from '../site';
import { authorPath, blogPath, categoryPath, postPath } from '../paths';
import { postImage } from '../og/share-image';
import { truncateAtWord } from '../rules/text';

/** The publisher, as Google wants it on articles: an Organization with a logo. */
export function publisherJsonLd() {
  return {
    '@type': 'Organization' as const,
    name: site.publisher.name,
    url: site.publisher.url,
    logo: { '@type': 'ImageObject' as const, url: absoluteUrl(site.publisher.logo), width: 512, height: 512 },
  };
}

/** Google shows at most this many characters of an article headline. */
export const HEADLINE_MAX = 110;

/** The headline, cut at a word boundary with an ellipsis when it is longer than Google allows. */
export function headline(title: string): string {
  return truncateAtWord(title.trim().replace(/\s+/g, ' '), HEADLINE_MAX);
}

/** BlogPosting props for next-seo's ArticleJsonLd. */
export function blogPostingJsonLd(post: PostSummary) {
  const url = absoluteUrl(postPath(post.slug));
  return {
    headline: headline(post.seoTitle),
    description: post.description,
    url,
    datePublished: post.publishedAt,
    dateModified: post.publishedAt,
    author: post.authors.map((a) => ({ '@type': 'Person' as const, name: a.name, url: absoluteUrl(authorPath(a.slug)) })),
    publisher: publisherJsonLd(),
    image: [postImage(post).url],
    mainEntityOfPage: { '@type': 'WebPage' as const, '@id': url },
  };
}

export type Crumb = { name: string; path?: string };

/** BreadcrumbList items: Home, then the given trail; the last crumb is the page itself. */
export function breadcrumbItems(trail: Crumb[]) {
  return [{ name: 'Home', path: '/' }, ...trail].map((c) => (c.path ? { name: c.name, item: absoluteUrl(c.path) } : { name: c.name }));
}

/** Breadcrumbs of an article: Home > Blog > first category > title. */
export function articleCrumbs(post: Pick<PostSummary, 'title' | 'categories'>): Crumb[] {
  const first = post.categories[0];
  return [
    { name: 'Blog', path: blogPath() },
    ...(first ? [{ name: first.label, path: categoryPath(first.slug) }] : []),
    { name: post.title },
  ];
}

/** ProfilePage main entity for an author. */
export function profileJsonLd(author: AuthorEntry) {
  const twitter = author.profile?.twitter;
  return {
    '@type': 'Person' as const,
    name: author.name,
    url: absoluteUrl(authorPath(author.slug)),
    ...(author.profile?.bio ? { description: author.profile.bio } : {}),
    ...(author.profile?.avatar ? { image: absoluteUrl(author.profile.avatar) } : {}),
    ...(twitter ? { sameAs: [`https://x.com/${twitter.slice(1)}`] } : {}),
    ...(author.profile?.company ? { affiliation: { '@type': 'Organization', name: author.profile.company } } : {}),
  };
}

/** WebSite for the home page. */
export function websiteJsonLd() {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    url: absoluteUrl('/'),
    inLanguage: site.language,
    publisher: { '@type': 'Organization', name: site.publisher.name, url: site.publisher.url },
  };
}

/** Organization for the home page. */
export function organizationJsonLd() {
  const { name, url, logo } = publisherJsonLd();
  return { name, url, logo: logo.url };
}
