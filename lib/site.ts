import { cmsGithubBranch, cmsGithubRepo, sitemapMaxUrls, siteUrl } from './env';

/** The one site configuration. Every URL, name and size the site prints comes from here. */
export const site = {
  name: 'OpenInfra Foundation Blog',
  shortName: 'OpenInfra Blog',
  description:
    'News, releases and community stories from the OpenInfra Foundation: OpenStack, Kata Containers, StarlingX, Zuul and the people who build open infrastructure.',
  url: siteUrl(),
  locale: 'en_US',
  language: 'en',
  twitter: '@OpenInfraDev',
  publisher: { name: 'OpenInfra Foundation', url: 'https://openinfra.org', logo: '/logo.png' },
  /** The generated social cards (every opengraph-image.tsx): PNG, the size Open Graph recommends. */
  card: { width: 1200, height: 630, type: 'image/png' },
  pageSize: 10,
  relatedCount: 3,
  /** How many of the newest posts each feed carries. */
  feedSize: 20,
  /** URLs per sitemap file (the protocol's limit); past it /sitemap.xml becomes an index. SITEMAP_MAX_URLS lowers it for tests. */
  sitemapMaxUrls: sitemapMaxUrls(),
  /** Domains the CMS wrote in seo.url; a link to one of them is this site. */
  domains: ['openinfra.dev', 'openinfra.org'],
  /** Decap CMS at /admin: where it commits in production (CMS_GITHUB_REPO / CMS_GITHUB_BRANCH override) and where images go. */
  cms: {
    // A placeholder until the blog has its repository: set CMS_GITHUB_REPO or change it here.
    repo: cmsGithubRepo() ?? 'OpenStackweb/openinfra-blog',
    branch: cmsGithubBranch() ?? 'main',
    mediaFolder: 'public/img',
    publicFolder: '/img',
  },
  /** The categories editors pick from in the CMS, with the CMS ids the archive uses; any other label found in the content is added. */
  categories: [
    { value: 'category-h2Ztx9rpD', label: 'Community' },
    { value: 'category-A7fnZYrE1', label: 'News & Announcements' },
    { value: 'category-events', label: 'Events' },
  ],
} as const;

/** An absolute URL on this site for a path ("/blog/x" -> "https://…/blog/x"). */
export function absoluteUrl(path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  return `${site.url}${path.startsWith('/') ? '' : '/'}${path}`;
}
