import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineDocumentType } from 'contentlayer2/source-files';
import { Author, Post } from '../../contentlayer.config';
import { cmsConfig, collectionFields, contentFolderFor, knownCategories, schemaFields, type CmsField } from './cms-config';

const byName = (fields: CmsField[]) => new Map(fields.map((f) => [f.name, f]));
const pick = (f: CmsField | undefined) => (f ? { widget: f.widget, required: f.required } : undefined);
const CATEGORIES = [{ value: 'category-h2Ztx9rpD', label: 'Community' }];
const options = { post: Post, author: Author, categories: CATEGORIES, contentFolder: 'content', backend: { repo: 'openinfra/blog', branch: 'main' } };
type Collection = { name: string; folder: string; fields: CmsField[]; format: string; slug: string };
const collections = (config: Record<string, unknown>) => config.collections as Collection[];

describe('the CMS fields come from contentlayer.config.ts', () => {
  it('every Post field, nested ones too, has a CMS field of the same name, requiredness and the right widget', () => {
    const fields = byName(collectionFields(Post));
    const expected: Record<string, { widget: string; required: boolean }> = {
      templateKey: { widget: 'hidden', required: false },
      title: { widget: 'string', required: true },
      author: { widget: 'relation', required: true },
      date: { widget: 'datetime', required: true },
      category: { widget: 'categories', required: false },
      hidePost: { widget: 'boolean', required: false },
      seo: { widget: 'object', required: false },
      body: { widget: 'markdown', required: false },
    };
    expect(Object.fromEntries([...fields].map(([name, f]) => [name, pick(f)]))).toEqual(expected);
    for (const [name, def] of schemaFields(Post.def().fields)) expect(fields.get(name)?.required, name).toBe(def.required === true);

    expect(fields.get('templateKey')?.default).toBe('blog-post');
    expect(fields.get('hidePost')?.default).toBe(false);
    expect(fields.get('author')).toMatchObject({ collection: 'authors', value_field: 'authorName', search_fields: ['authorName'] });
    const seo = byName(fields.get('seo')!.fields as CmsField[]);
    const seoSchema = (Post.def().fields as Record<string, { of: { def: () => { fields: Record<string, { required?: boolean }> } } }>).seo!.of.def().fields;
    expect([...seo.keys()]).toEqual(Object.keys(seoSchema));
    expect(Object.fromEntries([...seo].map(([name, f]) => [name, pick(f)]))).toEqual({
      title: { widget: 'string', required: false },
      description: { widget: 'text', required: false },
      url: { widget: 'string', required: false },
      twitterUsername: { widget: 'string', required: false },
      image: { widget: 'image', required: false },
    });
  });

  it('every Author field, in the schema order, and the profile text as its body', () => {
    const fields = collectionFields(Author);
    expect(fields.map((f) => f.name)).toEqual([...schemaFields(Author.def().fields).map(([n]) => n), 'body']);
    expect(Object.fromEntries(fields.map((f) => [f.name, pick(f)]))).toEqual({
      templateKey: { widget: 'hidden', required: false },
      authorName: { widget: 'string', required: true },
      company: { widget: 'string', required: false },
      bio: { widget: 'text', required: false },
      avatar: { widget: 'image', required: false },
      twitter: { widget: 'string', required: false },
      body: { widget: 'markdown', required: false },
    });
  });

  it('a field added to the schema appears in the CMS without an edit; a type with no widget fails loudly', () => {
    const grown = defineDocumentType(() => ({ name: 'Post', fields: { ...(Post.def().fields as object), subtitle: { type: 'string' } } }));
    expect(pick(byName(collectionFields(grown)).get('subtitle'))).toEqual({ widget: 'string', required: false });
    const odd = defineDocumentType(() => ({ name: 'Post', fields: { data: { type: 'json' } } }));
    expect(() => collectionFields(odd)).toThrow('Post.data: no CMS widget for a `json` field');
  });
});

describe('cmsConfig', () => {
  it('writes posts and profiles into the content folder, images into public/img, on GitHub in production', () => {
    const config = cmsConfig(options);
    expect(config).toMatchObject({
      backend: { name: 'github', repo: 'openinfra/blog', branch: 'main' },
      media_folder: 'public/img',
      public_folder: '/img',
    });
    expect(config).not.toHaveProperty('local_backend');
    const [posts, authors] = collections(config);
    expect(posts).toMatchObject({ name: 'blog', folder: 'content/posts', format: 'openinfra-frontmatter', slug: '{{fields.fileSlug}}', preview_path: 'blog/{{slug}}' });
    expect(authors).toMatchObject({ name: 'authors', folder: 'content/authors', format: 'openinfra-frontmatter', slug: '{{fields.fileSlug}}' });
    expect(byName(posts!.fields).get('category')?.options).toEqual(CATEGORIES);
  });

  it('under npm run dev: the local backend behind next dev, and the auth URL when set', () => {
    const config = cmsConfig({ ...options, localBackend: true, backend: { ...options.backend, authUrl: 'https://auth.example.org' } });
    expect(config.local_backend).toEqual({ url: '/admin/api/v1' });
    expect(config.backend).toEqual({ name: 'github', repo: 'openinfra/blog', branch: 'main', base_url: 'https://auth.example.org' });
  });
});

describe('knownCategories', () => {
  it('the configured ones first, then every other label the posts use (hidden ones too), with the id they use', () => {
    expect(knownCategories('test/fixtures/content/posts', CATEGORIES)).toEqual([
      { value: 'category-h2Ztx9rpD', label: 'Community' },
      { value: 'category-events', label: 'Events' },
      { value: 'category-A7fnZYrE1', label: 'News & Announcements' },
      { value: 'category-secret', label: 'Secret Plans' },
    ]);
  });

  it('a configured label keeps its configured id even when a post writes another', () => {
    expect(knownCategories('test/fixtures/content/posts', [{ value: 'category-news', label: 'News  & Announcements' }])[0]).toEqual({ value: 'category-news', label: 'News  & Announcements' });
  });

  it('asked again after saves (npm run dev asks on each), it sees a changed, a new and a deleted post as they are now', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'known-categories-'));
    const post = (labels: string[]) => `---\ntitle: T\ncategory:\n${labels.map((l) => `  - value: category-${l.toLowerCase()}\n    label: ${l}\n`).join('')}---\nBody\n`;
    const labels = () => knownCategories(dir, []).map((c) => c.label);
    try {
      fs.writeFileSync(path.join(dir, 'a.md'), post(['Alpha']));
      fs.writeFileSync(path.join(dir, 'b.md'), post(['Beta']));
      expect(labels()).toEqual(['Alpha', 'Beta']);
      // One replaced by rename, as editors' tools save; one written in place.
      fs.writeFileSync(path.join(dir, 'a.tmp'), post(['Gamma']));
      fs.renameSync(path.join(dir, 'a.tmp'), path.join(dir, 'a.md'));
      fs.writeFileSync(path.join(dir, 'b.md'), post(['Delta']));
      expect(labels()).toEqual(['Delta', 'Gamma']);
      fs.writeFileSync(path.join(dir, 'c.md'), post(['Epsilon']));
      fs.rmSync(path.join(dir, 'a.md'));
      expect(labels()).toEqual(['Delta', 'Epsilon']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('contentFolderFor', () => {
  it('the content folder relative to the repository, and a refusal outside it', () => {
    expect(contentFolderFor('/srv/blog', 'content')).toBe('content');
    expect(contentFolderFor('/srv/blog', '/srv/blog/.e2e/dev-content-3350')).toBe('.e2e/dev-content-3350');
    expect(() => contentFolderFor('/srv/blog', '/tmp/content')).toThrow('must be a folder inside the project');
  });
});
