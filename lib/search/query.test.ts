import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, normaliseQuery, searchIndexAttributes } from './query';
import { searchPath } from '../paths';

const post = { hidden: false, publishedAt: '2021-09-08T14:49:35.540Z', excerpt: 'Microsoft joins, as a member.' };

describe('searchIndexAttributes', () => {
  it('marks a listed post as the indexed body, with date and excerpt as metadata', () => {
    expect(searchIndexAttributes(post)).toEqual({
      'data-pagefind-body': '',
      'data-pagefind-meta': 'date[data-date], excerpt[data-excerpt]',
      'data-date': '2021-09-08T14:49:35.540Z',
      'data-excerpt': 'Microsoft joins, as a member.',
    });
  });

  it('gives a hidden post nothing, so the indexer skips it', () => {
    expect(searchIndexAttributes({ ...post, hidden: true })).toEqual({});
  });
});

describe('normaliseQuery', () => {
  it('collapses and trims whitespace', () => {
    expect(normaliseQuery('  open \n  infra\t')).toBe('open infra');
  });

  it('treats a missing parameter as no query', () => {
    expect(normaliseQuery(null)).toBe('');
    expect(normaliseQuery(undefined)).toBe('');
  });

  it('caps the length', () => {
    expect(normaliseQuery('a'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('searchPath', () => {
  it('puts the query in the URL, encoded', () => {
    expect(searchPath()).toBe('/search');
    expect(searchPath('kata & zuul')).toBe('/search?q=kata+%26+zuul');
  });
});
