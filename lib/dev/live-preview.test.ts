import { describe, expect, it } from 'vitest';
import { needsRefresh, problemLine, sseFrame, type ContentStatus } from './live-preview';

const status = (generation: string | null): ContentStatus => ({ generation, errors: [], warnings: [] });

describe('sseFrame', () => {
  it('writes one event with its data as a single JSON line and a blank line after', () => {
    expect(sseFrame('status', { generation: 'a\nb', errors: [] })).toBe('event: status\ndata: {"generation":"a\\nb","errors":[]}\n\n');
  });
});

describe('needsRefresh', () => {
  it('refreshes when the server has another generation than the page was rendered from', () => {
    expect(needsRefresh('1', null, status('2'))).toBe(true);
    expect(needsRefresh(null, null, status('1'))).toBe(true);
  });
  it('does not refresh for the generation the page shows, or while there is no output', () => {
    expect(needsRefresh('1', null, status('1'))).toBe(false);
    expect(needsRefresh('1', null, status(null))).toBe(false);
  });
  it('asks once per generation, even when the problems change before the refresh lands', () => {
    expect(needsRefresh('1', '2', status('2'))).toBe(false);
    expect(needsRefresh('1', '2', status('3'))).toBe(true);
  });
});

describe('problemLine', () => {
  it('names the file, the field and the problem as the terminal does', () => {
    const p = { severity: 'error' as const, file: 'content/posts/a.md', field: 'title', message: 'is missing', fix: 'add it' };
    expect(problemLine(p)).toBe('content/posts/a.md: title is missing.');
    expect(problemLine({ ...p, field: null, message: 'the file has no frontmatter' })).toBe('content/posts/a.md: the file has no frontmatter.');
  });
});
