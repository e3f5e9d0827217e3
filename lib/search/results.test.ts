import { describe, expect, it } from 'vitest';
import {
  excerptParts,
  loadHits,
  resultsMessage,
  searchHit,
  searchPosts,
  type Pagefind,
  type PagefindResultData,
} from './results';

describe('excerptParts', () => {
  it('splits marked matches from plain text and decodes entities', () => {
    expect(excerptParts('the <mark>Magma</mark> 5G project &amp; &lt;more&gt; <mark>magma</mark>')).toEqual([
      { text: 'the ', match: false },
      { text: 'Magma', match: true },
      { text: ' 5G project & <more> ', match: false },
      { text: 'magma', match: true },
    ]);
  });

  it('keeps escaped markup as text: nothing in an excerpt becomes an element', () => {
    expect(excerptParts('&lt;script&gt;alert(1)&lt;/script&gt; &#39;q&#x27;')).toEqual([
      { text: "<script>alert(1)</script> 'q'", match: false },
    ]);
  });

  it('returns no parts for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});

const data = (over: Partial<PagefindResultData> = {}): PagefindResultData => ({
  url: '/blog/openinfra-foundation-welcomes-microsoft',
  excerpt: 'supporting the <mark>Magma</mark> project',
  meta: { title: 'OpenInfra Welcomes Microsoft', date: '2021-09-08T14:49:35.540Z', excerpt: 'OpenInfra Foundation has signed…' },
  ...over,
});

describe('searchHit', () => {
  it('takes title, date and highlighted excerpt from the result', () => {
    expect(searchHit(data())).toEqual({
      url: '/blog/openinfra-foundation-welcomes-microsoft',
      title: 'OpenInfra Welcomes Microsoft',
      date: '2021-09-08T14:49:35.540Z',
      excerpt: [
        { text: 'supporting the ', match: false },
        { text: 'Magma', match: true },
        { text: ' project', match: false },
      ],
    });
  });

  it('falls back to the URL for a missing title, drops a bad date, and uses the excerpt metadata', () => {
    expect(searchHit(data({ excerpt: '', meta: { date: 'soon', excerpt: 'The first words.' } }))).toEqual({
      url: '/blog/openinfra-foundation-welcomes-microsoft',
      title: '/blog/openinfra-foundation-welcomes-microsoft',
      date: null,
      excerpt: [{ text: 'The first words.', match: false }],
    });
  });
});

describe('resultsMessage', () => {
  it('counts posts in words', () => {
    expect(resultsMessage(0, 'zuul')).toBe('No posts match “zuul”.');
    expect(resultsMessage(1, 'zuul')).toBe('1 post matches “zuul”.');
    expect(resultsMessage(12, 'zuul')).toBe('12 posts match “zuul”.');
  });
});

/** A stand-in for pagefind.js that records which results' data were fetched. */
function fakePagefind(count: number) {
  const fetched: number[] = [];
  const results = Array.from({ length: count }, (_, i) => ({
    id: `en_${i}`,
    data: async () => {
      fetched.push(i);
      return data({ url: `/blog/post-${i}` });
    },
  }));
  const pagefind: Pagefind = { options: async () => {}, search: async () => ({ results }) };
  return { pagefind, fetched, results };
}

describe('searchPosts and loadHits', () => {
  it('counts every result but fetches only the first page of them', async () => {
    const { pagefind, fetched } = fakePagefind(23);
    const outcome = await searchPosts(pagefind, 'magma');
    expect(outcome.query).toBe('magma');
    expect(outcome.results).toHaveLength(23);
    expect(outcome.hits.map((h) => h.url)).toEqual(Array.from({ length: 10 }, (_, i) => `/blog/post-${i}`));
    expect(fetched.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('loads the next page from where the hits end, and stops at the last result', async () => {
    const { results } = fakePagefind(23);
    expect((await loadHits(results, 10)).map((h) => h.url)).toEqual(Array.from({ length: 10 }, (_, i) => `/blog/post-${i + 10}`));
    expect((await loadHits(results, 20)).map((h) => h.url)).toEqual(['/blog/post-20', '/blog/post-21', '/blog/post-22']);
  });

  it('treats a superseded search (null) as no results', async () => {
    const pagefind: Pagefind = { options: async () => {}, search: async () => null };
    expect(await searchPosts(pagefind, 'x')).toEqual({ query: 'x', results: [], hits: [] });
  });
});
