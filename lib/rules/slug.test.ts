import { describe, expect, it } from 'vitest';
import { categorySlug, peopleFromAuthor, personSlug, postSlug, slugFromSeoUrl, slugify } from './slug';

describe('slugify', () => {
  it.each([
    ['OpenInfra Foundation Welcomes Microsoft', 'openinfra-foundation-welcomes-microsoft'],
    ['Ildikó Váncsa', 'ildiko-vancsa'],
    ['Ça va, Zoë? Crème brûlée', 'ca-va-zoe-creme-brulee'],
    ['Søren Łukasz Straße Œuvre Æsir', 'soren-lukasz-strasse-oeuvre-aesir'],
    ['Cloud\u2011Native Infrastructure', 'cloud-native-infrastructure'],
    ['Why OpenInfra’s Move', 'why-openinfras-move'],
    ["Don't Stop", 'dont-stop'],
    ['‘Quoted’ `ticks`', 'quoted-ticks'],
    ['News & Announcements', 'news-announcements'],
    ['  --Zuul 4.0 -- release!!  ', 'zuul-4-0-release'],
    ['C++ & Rust', 'c-rust'],
    ['ﬁne ligature', 'fine-ligature'],
    ['2021 OpenInfra Annual Report: Membership Growth', '2021-openinfra-annual-report-membership-growth'],
    ['', ''],
    ['!!!', ''],
  ])('%j -> %j', (input, slug) => {
    expect(slugify(input)).toBe(slug);
  });

  it('keeps letters of other scripts, with the marks that make them other letters (ザ is not サ, й is not и)', () => {
    expect(slugify('OpenStack 日本語 ユーザー会')).toBe('openstack-日本語-ユーザー会');
    expect(slugify('Встреча в Москве: й')).toBe('встреча-в-москве-й');
  });

  it('gives categories and people the same folding', () => {
    expect(categorySlug('News & Announcements')).toBe('news-announcements');
    expect(personSlug('Ildikó Váncsa')).toBe(personSlug('ILDIKO VANCSA'));
  });
});

describe('slugFromSeoUrl', () => {
  it.each([
    ['https://openinfra.dev/blog/openinfra-foundation-welcomes-microsoft', 'openinfra-foundation-welcomes-microsoft'],
    ['https://openinfra.org/blog/the-openinfra-community-is-thriving', 'the-openinfra-community-is-thriving'],
    ['https://www.openinfra.dev/blog/www-post', 'www-post'],
    ['http://openinfra.dev/blog/plain-http', 'plain-http'],
    ['oct2025-ptg-summary', 'oct2025-ptg-summary'],
    ['/blog/rooted-path', 'rooted-path'],
    ['openinfra.dev/blog/no-scheme', 'no-scheme'],
    ['https://openinfra.dev/blog/openinfra.dev/blog/x', 'x'],
    ['https://openinfra.dev/blog/https://openinfra.dev/blog/doubled-twice', 'doubled-twice'],
    ['https://openinfra.dev/blog/OpenInfra-Summit-Berlin', 'openinfra-summit-berlin'],
    ['HTTPS://OPENINFRA.DEV/BLOG/UPPER', 'upper'],
    ['https://openinfra.dev/blog/zuul_v4_release', 'zuul-v4-release'],
    ['https://openinfra.dev/blog/kata+containers+3', 'kata-containers-3'],
    ['https://openinfra.dev/blog/trailing-slash/', 'trailing-slash'],
    ['https://openinfra.dev/blog/trailing-slashes//', 'trailing-slashes'],
    ['https://openinfra.dev/blog/with-query?utm_source=twitter&x=1', 'with-query'],
    ['https://openinfra.dev/blog/with-hash#comments', 'with-hash'],
    ['https://openinfra.dev/blog/both/?a=1#b', 'both'],
    ['https://openinfra.dev/blog/caf%C3%A9-talk', 'cafe-talk'],
    ['https://openinfra.dev/blog/broken%zzescape', 'broken-zzescape'],
    ['https://openinfra.dev/blog/old-page.html', 'old-page'],
    ['  https://openinfra.dev/blog/spaced  ', 'spaced'],
  ])('%j -> %j', (url, slug) => {
    expect(slugFromSeoUrl(url)).toBe(slug);
  });

  it.each([
    [undefined],
    [null],
    [''],
    ['   '],
    ['https://openinfra.dev'],
    ['https://openinfra.dev/'],
    ['https://openinfra.dev/blog'],
    ['https://openinfra.dev/blog/'],
    ['https://www.openinfra.org/'],
    ['https://openinfra.dev/blog/openinfra.dev'],
    ['https://'],
    ['https://openinfra.dev/blog/%E2%80%94'],
  ])('%j names no post', (url) => {
    expect(slugFromSeoUrl(url)).toBeNull();
  });
});

describe('postSlug', () => {
  it('takes the slug from seo.url when it names one', () => {
    expect(postSlug('https://openinfra.dev/blog/short-url', 'A Much Longer Title')).toBe('short-url');
  });

  it('falls back to the title when seo.url is empty or names no post', () => {
    expect(postSlug('', 'The OpenInfra Community is Thriving')).toBe('the-openinfra-community-is-thriving');
    expect(postSlug(undefined, 'Ildikó’s Notes')).toBe('ildikos-notes');
    expect(postSlug('https://openinfra.dev/blog/', 'Fallback Title')).toBe('fallback-title');
  });
});

describe('peopleFromAuthor', () => {
  it('splits two people joined by "and", each with a page slug', () => {
    expect(peopleFromAuthor('Jeremy Stanley and Clark Boylan')).toEqual([
      { name: 'Jeremy Stanley', slug: 'jeremy-stanley' },
      { name: 'Clark Boylan', slug: 'clark-boylan' },
    ]);
  });

  it('splits commas, "&" and an Oxford comma', () => {
    expect(peopleFromAuthor('Allison Price, Jimmy McArthur & Jonathan Bryce').map((p) => p.name)).toEqual(['Allison Price', 'Jimmy McArthur', 'Jonathan Bryce']);
    expect(peopleFromAuthor('Allison Price, Jimmy McArthur, and Jonathan Bryce').map((p) => p.name)).toEqual(['Allison Price', 'Jimmy McArthur', 'Jonathan Bryce']);
  });

  it('folds "Ildiko Vancsa" and "Ildikó Váncsa" to one slug, keeping each spelling as written', () => {
    const [plain] = peopleFromAuthor('Ildiko Vancsa');
    const [accented] = peopleFromAuthor('Ildikó Váncsa');
    expect(plain).toEqual({ name: 'Ildiko Vancsa', slug: 'ildiko-vancsa' });
    expect(accented).toEqual({ name: 'Ildikó Váncsa', slug: 'ildiko-vancsa' });
  });

  it('lists a person once when the string names them twice, and does not split names containing "and"', () => {
    expect(peopleFromAuthor('Ildikó Váncsa and Ildiko Vancsa')).toEqual([{ name: 'Ildikó Váncsa', slug: 'ildiko-vancsa' }]);
    expect(peopleFromAuthor('Alexandra Anderson')).toEqual([{ name: 'Alexandra Anderson', slug: 'alexandra-anderson' }]);
  });

  it('collapses inner whitespace and ignores empty parts', () => {
    expect(peopleFromAuthor('  Jonathan   Bryce ,  ')).toEqual([{ name: 'Jonathan Bryce', slug: 'jonathan-bryce' }]);
    expect(peopleFromAuthor('   ')).toEqual([]);
  });
});
