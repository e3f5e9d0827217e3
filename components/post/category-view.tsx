import type { CategoryEntry } from '@/lib/content/queries';
import type { Listing } from '@/lib/content/routes';
import { blogPath, categoriesPath, categoryPath } from '@/lib/paths';
import { BreadcrumbLd } from '@/components/seo/json-ld';
import { FeedLinks } from './feed-links';
import { PagedPostList } from './paged-post-list';

type Props = { listing: Listing<CategoryEntry>; sidebar: CategoryEntry[] };

/** A category's list, any page: /blog/category/x and its /page/N render this. */
export function CategoryView({ listing, sidebar }: Props) {
  const { subject: category, page } = listing;
  return (
    <>
      <BreadcrumbLd
        trail={[
          { name: 'Blog', path: blogPath() },
          { name: 'Categories', path: categoriesPath() },
          { name: category.label, path: categoryPath(category.slug, page.page) },
        ]}
      />
      <PagedPostList
        title={category.label}
        intro={
          <>
            <p>{`${category.count} post${category.count === 1 ? '' : 's'}`}</p>
            <FeedLinks
              scope={{ kind: 'category', slug: category.slug, label: category.label }}
              label={`Follow ${category.label}:`}
              className="muted"
            />
          </>
        }
        page={page}
        hrefFor={(n) => categoryPath(category.slug, n)}
        sidebar={sidebar}
      />
    </>
  );
}
