import { afterEach, describe, expect, it, vi } from 'vitest';
import { PLACEHOLDER_PAGE, isStaticExport, pagedParams } from './routes';

afterEach(() => vi.unstubAllEnvs());

describe('pagedParams', () => {
  it('returns the real pages unchanged, export or not', () => {
    const pages = [{ author: 'ada', page: '2' }, { author: 'ada', page: '3' }];
    expect(pagedParams(pages, { author: 'ada' })).toEqual(pages);
    vi.stubEnv('NEXT_OUTPUT', 'export');
    expect(pagedParams(pages, { author: 'ada' })).toEqual(pages);
  });

  it('keeps an empty list empty for next build and next start', () => {
    vi.stubEnv('NEXT_OUTPUT', '');
    expect(isStaticExport()).toBe(false);
    expect(pagedParams<{ page: string }>([], {})).toEqual([]);
  });

  it('gives a static export one placeholder page 1, which no list ever builds', () => {
    vi.stubEnv('NEXT_OUTPUT', 'export');
    expect(isStaticExport()).toBe(true);
    expect(pagedParams<{ category: string; page: string }>([], { category: 'zuul' })).toEqual([{ category: 'zuul', page: '1' }]);
    expect(PLACEHOLDER_PAGE).toBe('1');
  });
});
