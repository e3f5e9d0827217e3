import { parseCmsDate } from './dates';
import { RESERVED_POST_SLUGS, postPath } from '../paths';
import { postSlug } from './slug';

/*
 * The post rules that contentlayer's schema cannot express. content:check reports them, and
 * contentlayer.config.ts throws them from computed fields, so `contentlayer2 build` fails on them too.
 */

/** Whether a frontmatter value is a group of fields (`seo:`, a category item), not a list or a scalar. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What is wrong with a field, and how to fix it. */
export type FieldProblem = { field: string | null; message: string; fix: string };

export const TEMPLATE_KEY = 'blog-post';
/** What Netlify CMS writes in an author profile's `templateKey`. */
export const PROFILE_TEMPLATE_KEY = 'tags';

/** An unknown `templateKey` (absent is fine). */
export function templateKeyProblem(value: unknown): FieldProblem | null {
  if (value === undefined || value === null || value === TEMPLATE_KEY) return null;
  return { field: 'templateKey', message: `is "${String(value)}", which this site does not know`, fix: `write \`templateKey: ${TEMPLATE_KEY}\`, or remove the line` };
}

/** A missing or unparseable `date`. */
export function dateProblem(value: unknown): FieldProblem | null {
  if (value === undefined || value === null || value === '') {
    return { field: 'date', message: 'is missing', fix: 'add `date: 2024-05-31T09:00:00.000Z` (the publication date and time, UTC)' };
  }
  if (parseCmsDate(value)) return null;
  return {
    field: 'date',
    message: `"${String(value)}" is not a date`,
    fix: 'write a real calendar date as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS.000Z, e.g. 2024-05-31T09:00:00.000Z',
  };
}

/** A post whose slug (from `seo.url`, else the title) is empty or would shadow a section of the blog. */
export function slugProblem(seoUrl: string | null | undefined, title: string): FieldProblem | null {
  const slug = postSlug(seoUrl, title);
  if (!slug) {
    return { field: 'seo.url', message: 'gives no usable slug, and neither does the title', fix: 'set seo.url to https://openinfra.dev/blog/your-post-slug' };
  }
  if ((RESERVED_POST_SLUGS as readonly string[]).includes(slug)) {
    return {
      field: seoUrl ? 'seo.url' : 'title',
      message: `gives the slug "${slug}", which is a section of the blog (${postPath(slug)}/…), so the post could never be reached`,
      fix: seoUrl ? 'choose another last segment for seo.url' : 'set seo.url to https://openinfra.dev/blog/a-longer-slug',
    };
  }
  return null;
}

/** The Error a contentlayer computed field throws for a problem, so the build fails with the same words. */
export function problemError(file: string, p: FieldProblem): Error {
  return new Error(`${file}: ${p.field ? `${p.field} ` : ''}${p.message}. Fix: ${p.fix}.`);
}

/** Throws the first problem of the rules above that contentlayer cannot check on its own. */
export function assertPostRules(file: string, doc: { templateKey?: unknown; title: string; seo?: { url?: string } }): void {
  const problem = templateKeyProblem(doc.templateKey) ?? slugProblem(doc.seo?.url, doc.title);
  if (problem) throw problemError(file, problem);
}
