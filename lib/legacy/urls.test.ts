import { describe, expect, it } from 'vitest';
import { legacyArticlePath, legacyAuthorPath, legacyCategoryPath } from './urls';

describe("the live site's URL rules", () => {
  it.each([
    ['OpenStack', '/blog/category/open-stack'],
    ['StarlingX', '/blog/category/starling-x'],
    ['OpenInfra Labs', '/blog/category/open-infra-labs'],
    ['News & Announcements', '/blog/category/news-announcements'],
    ['5G Edge', '/blog/category/5-g-edge'],
    ['Kata Containers', '/blog/category/kata-containers'],
  ])('category %j is at %s', (label, url) => expect(legacyCategoryPath(label)).toBe(url));

  it.each([
    ['Jimmy McArthur', '/blog/author/jimmy-mc-arthur'],
    ['Jeremy Stanley and Clark Boylan', '/blog/author/jeremy-stanley-and-clark-boylan'],
    ['21CTO', '/blog/author/21-cto'],
    ['Ildikó Váncsa', '/blog/author/ildiko-vancsa'],
  ])('author %j is at %s', (author, url) => expect(legacyAuthorPath(author)).toBe(url));

  it.each([
    ['https://openinfra.org/blog/OISEU_programming_cicd', '/blog/OISEU_programming_cicd'],
    ['https://openinfra.dev/blog/Zuul+Nodepool_Update', '/blog/Zuul+Nodepool_Update'],
    ['https://openinfra.dev/blog/openinfra.dev/blog/x', '/blog/openinfra.dev/blog/x'],
    ['https://openinfra.dev/blog/kata-containers-at-the-edge/', '/blog/kata-containers-at-the-edge'],
    ['https://openinfra.dev/blog/caf%C3%A9-news?utm=1#top', '/blog/café-news'],
    ['relative-slug', '/blog/relative-slug'],
    ['/blog/rooted', '/blog/rooted'],
    ['', null],
    [null, null],
    ['https://openinfra.dev/', null],
  ])('an article with seo.url %j was at %j', (seoUrl, path) => expect(legacyArticlePath(seoUrl)).toBe(path));
});
