/** A URL slug: accents dropped, apostrophes removed, any other run of non-alphanumerics one dash ("News & Announcements" -> "news-announcements"). */
export function kebab(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
