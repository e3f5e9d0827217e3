import { authorFeedPath, categoryFeedPath, siteFeedPath, type FeedFile } from '../paths';
import { site } from '../site';

/** Whose posts a feed carries: the whole blog, one category, or one author. */
export type FeedScope =
  | { kind: 'site' }
  | { kind: 'category'; slug: string; label: string }
  | { kind: 'author'; slug: string; name: string };

export type FeedFormat = 'rss' | 'atom' | 'json';

export type FeedLink = { format: FeedFormat; label: string; type: string; path: string; title: string };

/** The media type each feed file is served with and announced as. */
export const FEED_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
};

const LABELS: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' };
// /feed.xml is the same RSS as /rss.xml; announcing one of them is enough.
const ANNOUNCED: Record<FeedFormat, FeedFile> = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' };

/** The format of a feed file. */
export const formatOf = (file: FeedFile): FeedFormat => (file === 'atom.xml' ? 'atom' : file === 'feed.json' ? 'json' : 'rss');

/** The path of one feed file of a scope. */
export function feedPath(scope: FeedScope, file: FeedFile): string {
  if (scope.kind === 'category') return categoryFeedPath(scope.slug, file);
  if (scope.kind === 'author') return authorFeedPath(scope.slug, file);
  return siteFeedPath(file);
}

/** The feed's own title: the blog's name, with the category or author after it. */
export function feedTitle(scope: FeedScope): string {
  if (scope.kind === 'category') return `${site.name}: ${scope.label}`;
  if (scope.kind === 'author') return `${site.name}: posts by ${scope.name}`;
  return site.name;
}

/** One link per format (RSS, Atom, JSON Feed) for a scope, for autodiscovery and for people. */
export function feedLinks(scope: FeedScope): FeedLink[] {
  return (Object.keys(ANNOUNCED) as FeedFormat[]).map((format) => ({
    format,
    label: LABELS[format],
    type: FEED_TYPES[format],
    path: feedPath(scope, ANNOUNCED[format]),
    title: `${feedTitle(scope)} (${LABELS[format]})`,
  }));
}
