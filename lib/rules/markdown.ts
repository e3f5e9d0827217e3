import type { Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeStringify from 'rehype-stringify';

/**
 * GitHub's sanitising schema: tables, <br>, <div> and images survive; <script>, on* handlers and
 * javascript: URLs never do. Ids are added after sanitising, so headings keep clean anchors.
 */
export const sanitizeSchema = defaultSchema;

/** The one markdown pipeline: GFM, raw HTML through the sanitiser, heading anchors. */
export function markdownPipeline(builder: Processor): void {
  builder
    .use(remarkParse)
    .use(remarkFrontmatter)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeSlug)
    .use(rehypeAutolinkHeadings, { behavior: 'wrap' })
    .use(rehypeStringify);
}
