import type { Metadata } from 'next';
import type { AuthorEntry, CategoryEntry, PostSummary } from '../content/queries';
import { absoluteUrl, site } from '../site';
import {
  authorCardPath,
  authorPath,
  authorsPath,
  blogPath,
  categoriesPath,
  categoryCardPath,
  categoryPath,
  postPath,
  searchPath,
} from '../paths';
import { feedLinks, type FeedScope } from '../syndication/feed-links';
import { generatedCard, postImage, siteImage, type ShareImage } from '../og/share-image';

type FeedTypes = NonNullable<NonNullable<Metadata['alternates']>['types']>;

/** `<link rel="alternate">` for the blog's feeds, then (when given) those of a category or author. */
export function feedAlternates(scope?: FeedScope): FeedTypes {
  const links = [...feedLinks({ kind: 'site' }), ...(scope ? feedLinks(scope) : [])];
  const types: FeedTypes = {};
  for (const link of links) {
    const list = (types[link.type] ??= []);
    if (Array.isArray(list)) list.push({ url: absoluteUrl(link.path), title: link.title });
  }
  return types;
}

/** Site-wide defaults, set once in the root layout. */
export function rootMetadata(): Metadata {
  return {
    metadataBase: new URL(site.url),
    title: { default: site.name, template: `%s | ${site.shortName}` },
    description: site.description,
    applicationName: site.name,
    alternates: { types: feedAlternates() },
    openGraph: { siteName: site.name, locale: site.locale, type: 'website', images: [siteImage()] },
    twitter: { card: 'summary_large_image', site: site.twitter, images: [siteImage()] },
    icons: { icon: '/favicon.svg' },
  };
}

type PageInput = { title: string; description: string; path: string; image?: ShareImage; feeds?: FeedScope; noindex?: boolean };

/** Metadata for a page that is not an article: home, lists, categories, authors. */
export function pageMetadata({ title, description, path, image = siteImage(), feeds, noindex }: PageInput): Metadata {
  const url = absoluteUrl(path);
  return {
    title,
    description,
    alternates: { canonical: url, types: feedAlternates(feeds) },
    openGraph: {
      type: 'website',
      title,
      description,
      url,
      siteName: site.name,
      locale: site.locale,
      images: [image],
    },
    twitter: { card: 'summary_large_image', site: site.twitter, title, description, images: [image] },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  };
}

const pageSuffix = (page: number) => (page > 1 ? ` (page ${page})` : '');

/** The home page: the default title, no template. */
export function homeMetadata(): Metadata {
  return { ...pageMetadata({ title: site.name, description: site.description, path: '/' }), title: { absolute: site.name } };
}

/** The blog index, page N. */
export function blogMetadata(page: number): Metadata {
  return pageMetadata({ title: `All posts${pageSuffix(page)}`, description: site.description, path: blogPath(page) });
}

/** A category page, page N. */
export function categoryMetadata(category: CategoryEntry, page: number): Metadata {
  return pageMetadata({
    title: `${category.label}${pageSuffix(page)}`,
    description: `${category.count} post${category.count === 1 ? '' : 's'} in ${category.label} on the ${site.name}.`,
    path: categoryPath(category.slug, page),
    image: generatedCard(categoryCardPath(category.slug), `${category.label}: posts on the ${site.name}`),
    feeds: { kind: 'category', slug: category.slug, label: category.label },
  });
}

/** The list of categories. */
export function categoriesMetadata(): Metadata {
  return pageMetadata({ title: 'Categories', description: `Every category of the ${site.name}.`, path: categoriesPath() });
}

/** An author page, page N. */
export function authorMetadata(author: AuthorEntry, page: number): Metadata {
  const bio = author.profile?.bio?.trim();
  return pageMetadata({
    title: `${author.name}${pageSuffix(page)}`,
    description: bio || `Posts by ${author.name} on the ${site.name}.`,
    path: authorPath(author.slug, page),
    image: generatedCard(authorCardPath(author.slug), `${author.name}: posts on the ${site.name}`),
    feeds: { kind: 'author', slug: author.slug, name: author.name },
  });
}

/** The list of authors. */
export function authorsMetadata(): Metadata {
  return pageMetadata({ title: 'Authors', description: `Everyone who writes for the ${site.name}.`, path: authorsPath() });
}

/** The search page: results depend on the query, so search engines are asked not to index it. */
export function searchMetadata(): Metadata {
  return pageMetadata({ title: 'Search', description: `Search every post of the ${site.name}.`, path: searchPath(), noindex: true });
}

/** An article: Open Graph article tags, Twitter card, canonical; noindex when the post is hidden. */
export function articleMetadata(post: PostSummary): Metadata {
  const url = absoluteUrl(postPath(post.slug));
  const image = postImage(post);
  return {
    title: post.seoTitle,
    description: post.description,
    authors: post.authors.map((a) => ({ name: a.name, url: absoluteUrl(authorPath(a.slug)) })),
    alternates: { canonical: url, types: feedAlternates() },
    openGraph: {
      type: 'article',
      title: post.seoTitle,
      description: post.description,
      url,
      siteName: site.name,
      locale: site.locale,
      publishedTime: post.publishedAt,
      modifiedTime: post.publishedAt,
      authors: post.authors.map((a) => absoluteUrl(authorPath(a.slug))),
      section: post.categories[0]?.label,
      tags: post.categories.map((c) => c.label),
      images: [image],
    },
    twitter: {
      card: 'summary_large_image',
      site: site.twitter,
      ...(post.twitterCreator ? { creator: post.twitterCreator } : {}),
      title: post.seoTitle,
      description: post.description,
      images: [image],
    },
    ...(post.hidden ? { robots: { index: false, follow: true } } : {}),
  };
}
