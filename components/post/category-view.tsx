import type { CategoryEntry, PostSummary } from '@/lib/content/queries';
import type { Page } from '@/lib/content/pagination';
import { blogPath, categoriesPath, categoryPath } from '@/lib/paths';
import { BreadcrumbLd } from '@/components/seo/json-ld';
import { FeedLinks } from './feed-links';
import { PagedPostList } from './paged-post-list';

type Props = { category: CategoryEntry; page: Page<PostSummary>; sidebar: CategoryEntry[] };

export function CategoryView({ category, page, sidebar }: Props) {
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
              className="text-sm text-zinc-600 dark:text-zinc-300"
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
