import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files';
import remarkGfm from 'remark-gfm';
import { kebab } from './lib/slug';

const Category = defineNestedType(() => ({
  name: 'Category',
  fields: { value: { type: 'string' }, label: { type: 'string', required: true } },
}));

const Seo = defineNestedType(() => ({
  name: 'Seo',
  fields: { title: { type: 'string' }, description: { type: 'string' }, url: { type: 'string' }, twitterUsername: { type: 'string' } },
}));

export const Post = defineDocumentType(() => ({
  name: 'Post',
  filePathPattern: 'posts/**/*.md',
  contentType: 'markdown',
  fields: {
    templateKey: { type: 'string' },
    title: { type: 'string', required: true },
    author: { type: 'string', required: true },
    date: { type: 'date', required: true },
    category: { type: 'list', of: Category, default: [] },
    hidePost: { type: 'boolean', default: false },
    seo: { type: 'nested', of: Seo },
  },
  computedFields: {
    // The editors' seo.url ends with the post's slug; a post without one is named after its title.
    slug: { type: 'string', resolve: (post) => post.seo?.url?.split('/').filter(Boolean).pop() ?? kebab(post.title) },
  },
}));

export default makeSource({
  contentDirPath: 'content',
  // content/authors/ holds profiles; this blog shows posts only.
  contentDirInclude: ['posts'],
  documentTypes: [Post],
  // The posts are GitHub-flavoured (tables): the one remark plugin a blog of them needs.
  markdown: { remarkPlugins: [remarkGfm] },
});
