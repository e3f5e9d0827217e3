/**
 * What the e2e build must show, written out by hand from content/ and e2e/fixtures/: the five
 * seed posts, fourteen listed fixture posts (enough for two archive, category and author pages)
 * and one hidden post. The specs compare the pages with these values.
 */

export type Seed = {
  slug: string;
  title: string;
  seoTitle: string;
  description: string;
  authors: { name: string; slug: string }[];
  publishedAt: string;
  displayDate: string;
  categories: { label: string; slug: string }[];
  readingMinutes: number;
  /** A sentence of the body, to prove the body is rendered. */
  bodyText: string;
  twitterCreator: string | null;
  /** Previous (older) and next (newer) listed posts, by title. */
  older: string | null;
  newer: string | null;
  related: string[];
};

const community = { label: 'Community', slug: 'community' };
const news = { label: 'News & Announcements', slug: 'news-announcements' };
const events = { label: 'Events', slug: 'events' };

const spotlight = (city: string) => `OpenInfra User Group Spotlight: ${city}`;
const SPOTLIGHT_CITIES = ['Stockholm', 'Taipei', 'Austin', 'Paris', 'Tokyo', 'Bangalore', 'Nairobi', 'São Paulo', 'Seoul', 'Shanghai', 'Vancouver', 'Berlin'];

const T = {
  linux: 'Why OpenInfra’s Move to the Linux Foundation Signals a New Era for Cloud‑Native Infrastructure',
  summit: 'Meet the OpenInfra Community at the Summit',
  opendev: 'How the OpenDev Collaboratory Runs Its Own CI',
  thriving: 'The OpenInfra Community is Thriving',
  report: '2021 OpenInfra Annual Report: OpenInfra Foundation Membership Growth',
  microsoft:
    'OpenInfra Foundation Welcomes Microsoft as Newest Member to Advance Open Infrastructure Use Cases, Hybrid Cloud and 5G, Using Open Source Technologies OpenStack and Airship',
  joinUs: 'Join Us in Building the Next Decade of Open Infrasrtructure',
};

/** Every listed post's title, newest first: the archive's order. */
export const LISTED_TITLES = [T.linux, T.summit, T.opendev, ...SPOTLIGHT_CITIES.map(spotlight), T.thriving, T.report, T.microsoft, T.joinUs];

/** Community posts, newest first. */
export const COMMUNITY_TITLES = [...SPOTLIGHT_CITIES.map(spotlight), T.thriving, T.report, T.joinUs];

/** Allison Price's listed posts, newest first. */
export const ALLISON_TITLES = [...SPOTLIGHT_CITIES.map(spotlight), T.thriving];

export const CATEGORY_COUNTS = [
  { label: 'Community', slug: 'community', count: 15 },
  { label: 'Events', slug: 'events', count: 2 },
  { label: 'News & Announcements', slug: 'news-announcements', count: 2 },
];

export const AUTHOR_COUNTS = [
  { name: '21CTO', slug: '21cto', count: 1 },
  { name: 'Allison Price', slug: 'allison-price', count: 13 },
  { name: 'Clark Boylan', slug: 'clark-boylan', count: 1 },
  { name: 'Ildikó Váncsa', slug: 'ildiko-vancsa', count: 1 },
  { name: 'Jeremy Stanley', slug: 'jeremy-stanley', count: 1 },
  { name: 'Jimmy McArthur', slug: 'jimmy-mcarthur', count: 1 },
  { name: 'Jonathan Bryce', slug: 'jonathan-bryce', count: 2 },
];

export const HIDDEN = {
  slug: 'unlisted-post-for-reviewers',
  title: 'An Unlisted Post for Reviewers',
  description: 'A hidden post that only people with its URL can read.',
};

export const SEEDS: Seed[] = [
  {
    slug: 'why-openinfras-move-to-the-linux-foundation-signals-a-new-era-for-cloud-native-infrastructure',
    title: T.linux,
    seoTitle: T.linux,
    description:
      'OpenInfra’s decision to join the Linux Foundation marks a strategic shift that unites OpenStack and CNCF resources, promising shared governance, funding, and stronger support for AI‑driven, accelerated‑computing and digital‑sovereignty workloads in the cloud‑native ecosystem.',
    authors: [{ name: '21CTO', slug: '21cto' }],
    publishedAt: '2025-03-12T00:00:00.000Z',
    displayDate: 'March 12, 2025',
    categories: [news],
    readingMinutes: 2,
    bodyText: 'OpenInfra almost lost that battle.',
    twitterCreator: null,
    older: T.summit,
    newer: null,
    related: [T.microsoft],
  },
  {
    slug: 'the-openinfra-community-is-thriving',
    title: T.thriving,
    seoTitle: T.thriving,
    description:
      'Celebrating its 10th anniversary this year, the OpenInfra Foundation builds communities who write open source infrastructure software that runs in production.',
    authors: [{ name: 'Allison Price', slug: 'allison-price' }],
    publishedAt: '2022-06-07T09:48:21.994Z',
    displayDate: 'June 7, 2022',
    categories: [community],
    readingMinutes: 2,
    bodyText: 'Hosting a virtual summit in 2021 and numerous virtual Project Team Gatherings (PTGs).',
    twitterCreator: '@OpenInfraDev',
    older: T.report,
    newer: spotlight('Berlin'),
    related: [T.report, spotlight('Berlin'), T.joinUs],
  },
  {
    slug: '2021-openinfra-annual-report-openinfra-foundation-membership-growth',
    title: T.report,
    seoTitle: T.report,
    description:
      'This was the first year that the OpenInfra Foundation began operating under a new name and things have changed dramatically since 2012 when we created the OpenStack Foundation. Our mission is to build communities who write open source software that runs in production.',
    authors: [{ name: 'Jimmy McArthur', slug: 'jimmy-mcarthur' }],
    publishedAt: '2022-01-31T15:00:35.728Z',
    displayDate: 'January 31, 2022',
    categories: [community],
    readingMinutes: 2,
    bodyText: '24 new member organizations from 10 separate countries, creating a 25% member growth for the Foundation',
    twitterCreator: '@OpenInfraDev',
    older: T.microsoft,
    newer: T.thriving,
    related: [T.joinUs, T.thriving, spotlight('Berlin')],
  },
  {
    slug: 'openinfra-foundation-welcomes-microsoft',
    title: T.microsoft,
    seoTitle: T.microsoft,
    description:
      'Microsoft is the latest organization with expertise operating production infrastructure at scale to join the Open Infrastructure Foundation as a Platinum Member',
    authors: [{ name: 'Jonathan Bryce', slug: 'jonathan-bryce' }],
    publishedAt: '2021-09-08T14:49:35.540Z',
    displayDate: 'September 8, 2021',
    categories: [news],
    readingMinutes: 3,
    bodyText: 'Microsoft will continue collaborating with the OpenInfra community around network cloud requirements',
    twitterCreator: '@OpenInfraDev',
    older: T.joinUs,
    newer: T.report,
    related: [T.linux],
  },
  {
    slug: 'join-us-in-building-the-next-decade-of-open-infrastructure',
    title: T.joinUs,
    seoTitle: 'Join Us in Building the Next Decade of Open Infrastructure',
    description: 'Building Open Source Communities Who Write Software to Run in Production',
    authors: [{ name: 'Jonathan Bryce', slug: 'jonathan-bryce' }],
    publishedAt: '2021-01-28T15:00:00.000Z',
    displayDate: 'January 28, 2021',
    categories: [community],
    readingMinutes: 2,
    bodyText: 'We came together and persevered to continue the transition',
    twitterCreator: '@OpenInfraDev',
    older: null,
    newer: T.microsoft,
    related: [T.report, T.thriving, spotlight('Berlin')],
  },
];

export const FIXTURE_POSTS = {
  summit: { slug: 'meet-the-community-at-the-summit', title: T.summit, events },
  opendev: { slug: 'how-opendev-runs-its-own-ci', title: T.opendev, events },
};
