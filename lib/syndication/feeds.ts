import { Feed, type Author, type Category } from 'feed';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import {
  authorBySlug,
  authors,
  categories,
  categoryBySlug,
  listedPosts,
  postBySlug,
  listedPostsByAuthor,
  listedPostsInCategory,
  type PostSummary,
} from '../content/queries';
import { FEED_TYPES, feedPath, feedTitle, formatOf, type FeedScope } from './feed-links';
import { authorPath, categoriesPath, categoryPath, FEED_FILES, homePath, postPath, type FeedFile } from '../paths';
import { postImage } from '../og/share-image';
import { absoluteUrl, site } from '../site';

/*
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the whole blog, a category or an author, made with the
 * `feed` library. Only listed posts, newest first, at most `site.feedSize`, with their full HTML.
 */

/** A post as a feed carries it: the summary plus its body. */
export type FeedEntry = Pick<PostSummary, 'slug' | 'title' | 'description' | 'publishedAt' | 'authors' | 'categories' | 'image'> & {
  html: string;
};

/** Who the feed is for, its own URL and where its people read it. */
export type FeedMeta = { scope: FeedScope; file: FeedFile; description: string; pagePath: string };

const URL_PROPERTIES = ['href', 'src', 'poster', 'cite', 'action'] as const;

function absolute(value: string, base: string): string {
  try {
    return new URL(value, base).href;
  } catch {
    return value;
  }
}

/** The same HTML with every relative link and image URL (href, src, srcset…) made absolute against `base`. */
export function absoluteHtml(html: string, base: string): string {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node) => {
    for (const name of URL_PROPERTIES) {
      const value = node.properties[name];
      if (typeof value === 'string') node.properties[name] = absolute(value, base);
    }
    // The parser gives srcset as a list of candidates, though the types say string.
    const srcSet: unknown = node.properties.srcSet;
    if (srcSet) {
      const candidates = Array.isArray(srcSet) ? srcSet.map(String) : String(srcSet).split(',');
      node.properties.srcSet = candidates
        .map((candidate) => {
          const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
          return [absolute(url, base), ...descriptor].join(' ');
        })
        .join(', ');
    }
  });
  return toHtml(tree);
}

/*
 * A post is in the blog's feed, its categories' and its authors' feeds, four files each: a dozen or
 * more feeds carry the same body. Made absolute once per process instead of once per feed, the feeds
 * took 1.5 s of CPU instead of 3.4 s in the page workers of a warm 1,000-post build (sampled). Kept by
 * the post's URL and checked against its HTML, so a body edited under next dev is parsed anew; past
 * FEED_HTML_KEPT posts the oldest entry goes.
 */
const FEED_HTML_KEPT = 2000;
const feedHtmlCache = new Map<string, { html: string; absolute: string }>();

/** absoluteHtml(html, url), remembered for the post at `url` while its HTML stays the same. */
export function feedHtml(html: string, url: string): string {
  const kept = feedHtmlCache.get(url);
  if (kept?.html === html) return kept.absolute;
  const absolute = absoluteHtml(html, url);
  feedHtmlCache.delete(url);
  if (feedHtmlCache.size >= FEED_HTML_KEPT) feedHtmlCache.delete(feedHtmlCache.keys().next().value!);
  feedHtmlCache.set(url, { html, absolute });
  return absolute;
}

/** How many posts' feed HTML the process keeps (for tests). */
export const feedHtmlKept = () => feedHtmlCache.size;

const personOf = (a: PostSummary['authors'][number]): Author => ({ name: a.name, link: absoluteUrl(authorPath(a.slug)) });
const categoryOf = (c: PostSummary['categories'][number]): Category => ({
  name: c.label,
  term: c.slug,
  domain: absoluteUrl(categoryPath(c.slug)),
  scheme: absoluteUrl(categoriesPath()),
});

function buildFeed(meta: FeedMeta, entries: FeedEntry[]): Feed {
  const format = formatOf(meta.file);
  const link = absoluteUrl(meta.pagePath);
  const feed = new Feed({
    id: link,
    title: feedTitle(meta.scope),
    description: meta.description,
    link,
    language: site.language,
    image: absoluteUrl(site.publisher.logo),
    favicon: absoluteUrl('/favicon.svg'),
    copyright: `© ${site.publisher.name}`,
    // The newest post's date, not the build's: an unchanged blog gives an unchanged feed.
    updated: new Date(entries[0]?.publishedAt ?? 0),
    generator: site.name,
    feedLinks: {
      // An RSS feed names the URL it was fetched from: /rss.xml and /feed.xml each name themselves.
      rss: absoluteUrl(feedPath(meta.scope, format === 'rss' ? meta.file : 'rss.xml')),
      atom: absoluteUrl(feedPath(meta.scope, 'atom.xml')),
      json: absoluteUrl(feedPath(meta.scope, 'feed.json')),
    },
    author: { name: site.publisher.name, link: site.publisher.url },
  });
  for (const entry of entries) {
    const url = absoluteUrl(postPath(entry.slug));
    const date = new Date(entry.publishedAt);
    feed.addItem({
      title: entry.title,
      id: url,
      link: url,
      description: entry.description,
      content: feedHtml(entry.html, url),
      date,
      published: date,
      category: entry.categories.map(categoryOf),
      // RSS's <author> must be an e-mail address; RSS names people with dc:creator instead.
      ...(format === 'rss'
        ? { extensions: [{ name: 'dc:creator', objects: { _text: entry.authors.map((a) => a.name).join(', ') } }] }
        : { author: entry.authors.map(personOf) }),
    });
  }
  return feed;
}

/** The library writes JSON Feed 1.0; 1.1 replaces `author` with `authors` and adds `language`. */
function jsonFeed11(feed: Feed, entries: FeedEntry[]): string {
  const json = JSON.parse(feed.json1()) as Record<string, unknown> & { items: Record<string, unknown>[] };
  const { author: _author, items, ...rest } = json;
  return JSON.stringify(
    {
      ...rest,
      version: 'https://jsonfeed.org/version/1.1',
      language: site.language,
      favicon: absoluteUrl('/favicon.svg'),
      authors: [{ name: site.publisher.name, url: site.publisher.url }],
      items: items.map(({ author: _itemAuthor, ...item }, i) => ({
        ...item,
        image: postImage(entries[i]!).url,
        authors: entries[i]!.authors.map((a) => ({ name: a.name, url: absoluteUrl(authorPath(a.slug)) })),
      })),
    },
    null,
    2,
  );
}

/** One feed document (RSS, Atom or JSON Feed by the file name) for the given entries, newest first. */
export function feedDocument(meta: FeedMeta, entries: FeedEntry[]): string {
  const feed = buildFeed(meta, entries);
  const format = formatOf(meta.file);
  if (format === 'json') return jsonFeed11(feed, entries);
  return format === 'atom' ? feed.atom1() : feed.rss2();
}

/** The newest listed posts of a scope, at most `site.feedSize`; hidden posts never, even under `next dev`. */
export function feedPosts(scope: FeedScope): PostSummary[] {
  const pool =
    scope.kind === 'site' ? listedPosts() : scope.kind === 'category' ? listedPostsInCategory(scope.slug) : listedPostsByAuthor(scope.slug);
  return pool.slice(0, site.feedSize);
}

function metaOf(scope: FeedScope, file: FeedFile): FeedMeta {
  if (scope.kind === 'category')
    return { scope, file, pagePath: categoryPath(scope.slug), description: `Posts in ${scope.label} on the ${site.name}.` };
  if (scope.kind === 'author')
    return { scope, file, pagePath: authorPath(scope.slug), description: `Posts by ${scope.name} on the ${site.name}.` };
  return { scope, file, pagePath: homePath(), description: site.description };
}

/** The HTTP response of one feed file, with its media type. */
export function feedResponse(scope: FeedScope, file: FeedFile): Response {
  const entries = feedPosts(scope).map((post) => ({ ...post, html: postBySlug(post.slug)?.html ?? '' }));
  return new Response(feedDocument(metaOf(scope, file), entries), {
    headers: { 'Content-Type': `${FEED_TYPES[formatOf(file)]}; charset=utf-8` },
  });
}

export const isFeedFile = (name: string): name is FeedFile => (FEED_FILES as readonly string[]).includes(name);

/** The feed scope of a category page, or null when there is no such category. */
export function categoryFeedScope(slug: string): FeedScope | null {
  const category = categoryBySlug(slug);
  return category ? { kind: 'category', slug: category.slug, label: category.label } : null;
}

/** The feed scope of an author page, or null when there is no such author. */
export function authorFeedScope(slug: string): FeedScope | null {
  const author = authorBySlug(slug);
  return author ? { kind: 'author', slug: author.slug, name: author.name } : null;
}

/** Static params of the per-category feed files. */
export const categoryFeedParams = () => categories().flatMap((c) => FEED_FILES.map((feed) => ({ category: c.slug, feed })));

/** Static params of the per-author feed files. */
export const authorFeedParams = () => authors().flatMap((a) => FEED_FILES.map((feed) => ({ author: a.slug, feed })));
