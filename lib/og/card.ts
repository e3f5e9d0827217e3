import { authors, categories, everyPost, type AuthorEntry, type CategoryEntry, type PostSummary } from '../content/queries';
import { displayDate, parseCmsDate } from '../rules/dates';
import { isRecord } from '../rules/post-rules';
import { categoryRefs, postSlug } from '../rules/slug';
import { staticParams } from '../content/routes';
import { isStaticExport } from '../env';
import { authorPath, categoryPath, homePath, postPath } from '../paths';
import { site } from '../site';
import { cardFonts, type CardFont } from './fonts';
import { layoutCard, type CardData, type CardLayout } from './layout';

/** Size and type of every generated card (the route files export them; og:image:* say the same). */
export const CARD_SIZE = { width: site.card.width, height: site.card.height };
export const CARD_TYPE = site.card.type;

const host = new URL(site.publisher.url).host;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A post's card: its categories, title, authors and date. */
export function postCard(post: Pick<PostSummary, 'slug' | 'title' | 'categories' | 'authorLine' | 'publishedAt'>): CardData {
  return {
    path: postPath(post.slug),
    kicker: post.categories.map((c) => c.label).join(' · ') || null,
    title: post.title,
    details: [post.authorLine, displayDate(post.publishedAt)],
    host,
  };
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
const record = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});

/**
 * A post's card from its file's frontmatter alone, before contentlayer2 has made the post: its
 * fields derived by the rules contentlayer.config.ts's computed fields and the summary apply
 * (lib/rules), so it is the card postCard() gives once the post is made. Null when a field it needs
 * is missing or refused: the content check and contentlayer2 say why. The build draws these while
 * the documents are made (scripts/cards-build.ts --from-frontmatter).
 */
export function postCardFromFrontmatter(data: Record<string, unknown>): CardData | null {
  const title = text(data.title);
  const author = text(data.author);
  const publishedAt = parseCmsDate(data.date);
  if (!title || !author || !publishedAt) return null;
  const categories = Array.isArray(data.category) ? data.category.map(record) : [];
  if (!categories.every((c) => typeof c.label === 'string')) return null;
  const seoUrl = record(data.seo).url;
  return postCard({
    slug: postSlug(typeof seoUrl === 'string' ? seoUrl : null, title),
    title: title.trim(),
    categories: categoryRefs(categories as { label: string }[]),
    authorLine: author.trim(),
    publishedAt,
  });
}

/** A category page's card. */
export function categoryCard(category: CategoryEntry): CardData {
  return { path: categoryPath(category.slug), kicker: 'Category', title: category.label, details: [plural(category.count, 'post')], host };
}

/** An author page's card. */
export function authorCard(author: AuthorEntry): CardData {
  const company = author.profile?.company?.trim() ?? '';
  return { path: authorPath(author.slug), kicker: 'Author', title: author.name, details: [company, plural(author.count, 'post')], host };
}

/** The card of the home page, and of every page without one of its own. */
export function siteCard(): CardData {
  return { path: homePath(), kicker: null, title: site.description, details: [site.publisher.name], host };
}

/**
 * Every card the site serves, as its opengraph-image routes make them. The ones next build
 * prerenders (the site's, each category's and author's) come first: the cards step, running beside
 * next build, has them in the cache before Next's workers ask for them.
 */
export function everyCard(): CardData[] {
  return [siteCard(), ...categories().map(categoryCard), ...authors().map(authorCard), ...everyPost().map(postCard)];
}

/**
 * The post cards next build prerenders: every one for a static export, none under next start, where
 * the build's cards step (scripts/cards-build.ts) draws them into the card cache and next start
 * serves each from there on its first request.
 */
export function prerenderedPostCards(): { slug: string }[] {
  return isStaticExport() ? staticParams('/blog/[slug]') : [];
}

/**
 * A card laid out for drawing, with the fonts it needs. Every glyph comes from the fonts and emoji
 * shipped in node_modules; what cannot be drawn is reported on the build log, and the card is
 * built anyway.
 */
export function cardPlan(data: CardData, { quiet = false } = {}): { layout: CardLayout; fonts: CardFont[] } {
  const layout = layoutCard(data, site.name);
  if (!quiet) for (const warning of layout.warnings) console.warn(`Social card for ${data.path} ("${data.title}"): ${warning}`);
  return { layout, fonts: cardFonts(layout.faces) };
}
