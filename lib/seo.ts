import type { Metadata } from 'next';
import type { AuthorEntry, CategoryEntry, PostSummary } from './content';
import { absoluteUrl, site } from './site';
import { authorPath, authorsPath, blogPath, categoriesPath, categoryPath, postPath, searchPath } from './paths';

type Image = { url: string; width?: number; height?: number; alt: string };

/** The card image of a post: its own `seo.image` when given, else the site's. Absolute. */
export function postImage(post: Pick<PostSummary, 'image' | 'title'>): Image {
  if (post.image) return { url: absoluteUrl(post.image), alt: post.title };
  return { ...site.defaultImage, url: absoluteUrl(site.defaultImage.url) };
}

const defaultImage = (): Image => ({ ...site.defaultImage, url: absoluteUrl(site.defaultImage.url) });

/** Site-wide defaults, set once in the root layout. */
export function rootMetadata(): Metadata {
  return {
    metadataBase: new URL(site.url),
    title: { default: site.name, template: `%s | ${site.shortName}` },
    description: site.description,
    applicationName: site.name,
    openGraph: { siteName: site.name, locale: site.locale, type: 'website', images: [defaultImage()] },
    twitter: { card: 'summary_large_image', site: site.twitter, images: [defaultImage()] },
    icons: { icon: '/favicon.svg' },
  };
}

type PageInput = { title: string; description: string; path: string; image?: Image; noindex?: boolean };

/** Metadata for a page that is not an article: home, lists, categories, authors. */
export function pageMetadata({ title, description, path, image = defaultImage(), noindex }: PageInput): Metadata {
  const url = absoluteUrl(path);
  return {
    title,
    description,
    alternates: { canonical: url },
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
    alternates: { canonical: url },
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
