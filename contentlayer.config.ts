import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files';
import { contentDir } from './lib/env';
import { categoryRefs, peopleFromAuthor, personSlug, postSlug } from './lib/rules/slug';
import { parseCmsDate } from './lib/rules/dates';
import { twitterHandle } from './lib/rules/twitter';
import { excerpt } from './lib/rules/excerpt';
import { readingMinutes } from './lib/rules/reading';
import { markdownPipeline } from './lib/rules/markdown';
import { assertPostRules, dateProblem, problemError } from './lib/rules/post-rules';

const Category = defineNestedType(() => ({
  name: 'Category',
  fields: {
    value: { type: 'string', description: 'The CMS id of the category' },
    id: { type: 'string', description: 'Older archive posts write the CMS id as `id:`' },
    label: { type: 'string', required: true, description: 'The category name readers see' },
  },
}));

const Seo = defineNestedType(() => ({
  name: 'Seo',
  fields: {
    title: { type: 'string', description: 'Title for search engines and cards' },
    description: { type: 'string', description: 'Description for search engines and cards' },
    url: { type: 'string', description: 'The post URL; its last segment is the slug' },
    twitterUsername: { type: 'string', description: 'Twitter/X handle of the author' },
    image: { type: 'string', description: 'Social card image; wins over the generated one' },
  },
}));

export const Post = defineDocumentType(() => ({
  name: 'Post',
  filePathPattern: 'posts/**/*.md',
  contentType: 'markdown',
  fields: {
    templateKey: { type: 'string', description: 'Must be blog-post when present' },
    title: { type: 'string', required: true, description: 'The headline' },
    author: { type: 'string', required: true, description: 'One string; may name several people' },
    date: { type: 'string', required: true, description: 'Publication date, ISO 8601 (unpadded accepted)' },
    category: { type: 'list', of: Category, default: [], description: 'Categories: {value, label}' },
    hidePost: { type: 'boolean', default: false, description: 'Unlisted: page built, in no list' },
    seo: { type: 'nested', of: Seo, description: 'Search and social overrides' },
  },
  computedFields: {
    slug: {
      type: 'string',
      // Throwing fails the build: the rules the schema cannot express (templateKey, reserved slugs).
      resolve: (doc) => {
        assertPostRules(doc._raw.sourceFilePath, doc);
        return postSlug(doc.seo?.url, doc.title);
      },
    },
    publishedAt: {
      type: 'string',
      resolve: (doc) => {
        const iso = parseCmsDate(doc.date);
        if (!iso) throw problemError(doc._raw.sourceFilePath, dateProblem(doc.date)!);
        return iso;
      },
    },
    authors: { type: 'json', resolve: (doc) => peopleFromAuthor(doc.author) },
    categories: { type: 'json', resolve: (doc) => categoryRefs(doc.category) },
    description: { type: 'string', resolve: (doc) => doc.seo?.description?.trim() || excerpt(doc.body.html) },
    excerpt: { type: 'string', resolve: (doc) => excerpt(doc.body.html) },
    readingMinutes: { type: 'number', resolve: (doc) => readingMinutes(doc.body.raw) },
    twitterCreator: { type: 'string', resolve: (doc) => twitterHandle(doc.seo?.twitterUsername).handle ?? '' },
  },
}));

export const Author = defineDocumentType(() => ({
  name: 'Author',
  filePathPattern: 'authors/**/*.md',
  contentType: 'markdown',
  fields: {
    templateKey: { type: 'string', description: 'What the CMS writes in a profile (tags); ignored' },
    authorName: { type: 'string', required: true, description: 'Name as posts write it' },
    company: { type: 'string', description: 'Employer or affiliation' },
    bio: { type: 'string', description: 'One-paragraph biography' },
    avatar: { type: 'string', description: 'Path of a portrait under public/' },
    twitter: { type: 'string', description: 'Twitter/X handle' },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => personSlug(doc.authorName) },
    twitterHandle: { type: 'string', resolve: (doc) => twitterHandle(doc.twitter).handle ?? '' },
  },
}));

export const documentTypes = [Post, Author];

/** What contentlayer2 does with bad content; scripts/content-watch.mjs applies the same to each save. */
export const sourceFlags = {
  onMissingOrIncompatibleData: 'fail',
  onUnknownDocuments: 'fail',
  onExtraFieldData: 'warn',
} as const;

export default makeSource({
  contentDirPath: contentDir(),
  documentTypes,
  markdown: markdownPipeline,
  ...sourceFlags,
  disableImportAliasWarning: true,
});
