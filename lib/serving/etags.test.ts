import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { etagOf, holdsCurrent, pageEtags } from './etags';

describe('pageEtags', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'etags-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.mkdirSync(path.join(dir, 'blog'));
  const article = path.join(dir, 'blog', 'x.html');
  fs.writeFileSync(article, '<!DOCTYPE html><p>first</p>');
  fs.writeFileSync(path.join(dir, 'index.html'), '<!DOCTYPE html><p>home</p>');

  it('tags a page with the hash of the file Next serves, and nothing else', () => {
    const etag = pageEtags(dir);
    expect(etag('/blog/x')).toBe(etagOf(fs.readFileSync(article)));
    expect(etag('/')).toBe(etagOf('<!DOCTYPE html><p>home</p>'));
    expect(etag('/blog/y')).toBeNull();
    expect(etag('/blog')).toBeNull();
  });

  it('never keeps the tag of a page whose file changed (size or time)', () => {
    const etag = pageEtags(dir);
    const first = etag('/blog/x');
    // Same size, another time.
    fs.writeFileSync(article, '<!DOCTYPE html><p>again</p>');
    fs.utimesSync(article, new Date(), new Date(Date.now() + 5000));
    const second = etag('/blog/x');
    expect(second).toBe(etagOf('<!DOCTYPE html><p>again</p>'));
    expect(second).not.toBe(first);
    // Another size, the time set back to what it was.
    const { mtime } = fs.statSync(article);
    fs.writeFileSync(article, '<!DOCTYPE html><p>a longer body</p>');
    fs.utimesSync(article, mtime, mtime);
    expect(etag('/blog/x')).toBe(etagOf('<!DOCTYPE html><p>a longer body</p>'));
  });
});

describe('holdsCurrent', () => {
  const etag = etagOf('page');
  const headers = (init: Record<string, string>) => new Headers(init);

  it('matches the tag, its weak form, one of a list and *', () => {
    expect(holdsCurrent(headers({ 'if-none-match': etag }), etag)).toBe(true);
    expect(holdsCurrent(headers({ 'if-none-match': `W/${etag}` }), etag)).toBe(true);
    expect(holdsCurrent(headers({ 'if-none-match': `"other", ${etag}` }), etag)).toBe(true);
    expect(holdsCurrent(headers({ 'if-none-match': '*' }), etag)).toBe(true);
  });

  it('does not match another tag, no header, or a request that says no-cache', () => {
    expect(holdsCurrent(headers({ 'if-none-match': etagOf('another page') }), etag)).toBe(false);
    expect(holdsCurrent(headers({}), etag)).toBe(false);
    expect(holdsCurrent(headers({ 'if-none-match': etag, 'cache-control': 'no-cache' }), etag)).toBe(false);
    expect(holdsCurrent(headers({ 'if-none-match': etag, 'cache-control': 'max-age=0' }), etag)).toBe(true);
  });
});
