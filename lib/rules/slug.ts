// Latin letters that Unicode does not decompose into a base letter and a mark.
const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** A URL-safe slug: diacritics folded, apostrophes dropped, any other run of non-letters a single dash. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    // Only Latin letters lose their marks: a Japanese dakuten or a Cyrillic breve makes another letter.
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => FOLD[c] ?? c)
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The slug of a person's name, so "Ildiko Vancsa" and "Ildikó Váncsa" are one author. */
export function personSlug(name: string): string {
  return slugify(name);
}

/** The slug of a category label: "News & Announcements" -> "news-announcements". */
export function categorySlug(label: string): string {
  return slugify(label);
}

/** A post's `category` list as the site names it: each label trimmed, with its slug. */
export function categoryRefs(list: Iterable<{ label: string }> | null | undefined): { label: string; slug: string }[] {
  return Array.from(list ?? [], (c) => ({ label: c.label.trim(), slug: categorySlug(c.label) }));
}

const NOT_A_SLUG = new Set(['', 'blog', 'openinfra.dev', 'openinfra.org', 'www.openinfra.dev', 'www.openinfra.org']);

/**
 * The post slug an editor meant by `seo.url`: its last path segment, whether the URL is absolute,
 * relative or doubled ("https://openinfra.dev/blog/openinfra.dev/blog/x"). Null when it names none.
 */
export function slugFromSeoUrl(url: string | undefined | null): string | null {
  if (!url) return null;
  const path = url.trim().replace(/[?#].*$/, '');
  const segments = path.split('/').filter((s) => s.length > 0);
  const last = segments.at(-1);
  if (!last || NOT_A_SLUG.has(last.toLowerCase()) || /^https?:$/i.test(last)) return null;
  let decoded = last;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    // a stray % is kept as it is and slugified away below
  }
  const slug = slugify(decoded.replace(/\.html?$/i, ''));
  return slug.length > 0 ? slug : null;
}

/** The slug of a post: from `seo.url` when it names one, else from the title. */
export function postSlug(seoUrl: string | undefined | null, title: string): string {
  return slugFromSeoUrl(seoUrl) ?? slugify(title);
}

export type Person = { name: string; slug: string };

/**
 * The people an `author` string names: "Jeremy Stanley and Clark Boylan" is two authors,
 * each with their own page. Splits on commas, " and " and " & ".
 */
export function peopleFromAuthor(author: string): Person[] {
  const seen = new Set<string>();
  const people: Person[] = [];
  for (const part of author.split(/\s*,\s*(?:(?:and|&)\s+)?|\s+and\s+|\s+&\s+/i)) {
    const name = part.trim().replace(/\s+/g, ' ');
    const slug = personSlug(name);
    if (!name || !slug || seen.has(slug)) continue;
    seen.add(slug);
    people.push({ name, slug });
  }
  return people;
}
