/** Every URL path the site links to is built here. */

const paged = (base: string, page = 1) => (page > 1 ? `${base}/page/${page}` : base);

export const homePath = () => '/';
export const blogPath = (page = 1) => paged('/blog', page);
export const postPath = (slug: string) => `/blog/${slug}`;
export const categoriesPath = () => '/blog/category';
export const categoryPath = (slug: string, page = 1) => paged(`/blog/category/${slug}`, page);
export const authorsPath = () => '/blog/author';
export const authorPath = (slug: string, page = 1) => paged(`/blog/author/${slug}`, page);
export const searchPath = (query = '') => (query ? `/search?${new URLSearchParams({ q: query })}` : '/search');

/** Path segments under /blog that a post slug must not take, or its page would be unreachable. */
export const RESERVED_POST_SLUGS = ['page', 'category', 'author'] as const;
