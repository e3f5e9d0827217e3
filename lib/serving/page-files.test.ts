import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFiles, builtFilesByExtension, isNotFoundFile, pageFile, pagePath } from './page-files';

describe('pagePath', () => {
  it('maps built files to the URL path they answer, and the not-found and error pages to none', () => {
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('blog.html')).toBe('/blog');
    expect(pagePath(path.join('blog', 'page', '2.html'))).toBe('/blog/page/2');
    expect(pagePath(path.join('docs', 'index.html'))).toBe('/docs');
    for (const file of ['_not-found.html', '404.html', '_global-error.html', 'blog.txt']) expect(pagePath(file)).toBeNull();
  });
});

describe('pageFile', () => {
  it.each([
    ['/', 'index.html'],
    ['/blog', 'blog.html'],
    ['/blog/page/2', 'blog/page/2.html'],
    ['/blog/category/news-announcements', 'blog/category/news-announcements.html'],
    ['/blog/caf%C3%A9', 'blog/café.html'],
  ])('%s is the page file %s', (pathname, file) => {
    expect(pageFile(pathname)).toBe(file);
  });

  it.each(['/_not-found', '/blog/_private', '/index', '/blog/index', '/blog/..', '/blog/%2E%2E', '/blog/..%2F..%2Fetc', '/blog/a%5Cb', '/blog/%E0%A4%A', '/blog//x', '/blog/'])(
    '%s names no page file',
    (pathname) => {
      expect(pageFile(pathname)).toBeNull();
    },
  );
});

describe('pagePath and pageFile', () => {
  it('are the two directions of one rule for the files next build writes', () => {
    for (const file of ['index.html', 'blog.html', 'blog/page/2.html', 'blog/category/news-announcements.html', 'blog/café.html']) {
      expect(pageFile(pagePath(file)!)).toBe(file);
    }
  });
});

describe("Next's other files of a response", () => {
  it('name the same URL with another extension, the not-found page included', () => {
    expect(pagePath('feed.xml.meta', '.meta')).toBe('/feed.xml');
    expect(pagePath('index.meta', '.meta')).toBe('/');
    expect(pagePath(path.join('blog', 'x.meta'), '.meta')).toBe('/blog/x');
    expect(pagePath('blog/x.html', '.meta')).toBeNull();
    expect(pagePath('_not-found.meta', '.meta')).toBeNull();
    expect(pageFile('/', '.meta')).toBe('index.meta');
    expect(pageFile('/blog/caf%C3%A9', '.meta')).toBe('blog/café.meta');
    expect(isNotFoundFile('_not-found.meta', '.meta')).toBe(true);
    expect(isNotFoundFile('_not-found.html')).toBe(true);
    expect(isNotFoundFile('blog/x.meta', '.meta')).toBe(false);
  });
});

describe('builtFilesByExtension', () => {
  it('lists, in one walk, the files of each extension at any depth, relative to the folder, and nothing else', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'built-files-'));
    try {
      for (const file of ['index.html', 'index.meta', 'blog/x.html', 'blog/x.meta', 'blog/x.rsc', 'blog/x.segments/_tree.segment.rsc', 'feed.xml.body', 'feed.xml.meta']) {
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        fs.writeFileSync(path.join(dir, file), '');
      }
      const found = builtFilesByExtension(dir, ['.html', '.meta']);
      expect(found['.html'].sort()).toEqual([path.join('blog', 'x.html'), 'index.html']);
      expect(found['.meta'].sort()).toEqual([path.join('blog', 'x.meta'), 'feed.xml.meta', 'index.meta']);
      expect(builtFiles(dir, '.meta').sort()).toEqual(found['.meta'].sort());
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
