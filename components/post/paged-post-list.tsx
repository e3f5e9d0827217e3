import type { CategoryEntry, PostSummary } from '@/lib/content/queries';
import type { Page } from '@/lib/content/pagination';
import { PageHeading } from '@/components/ui/page-heading';
import { Pagination } from '@/components/ui/pagination';
import { PostList } from './post-list';
import { CategorySidebar } from './category-sidebar';

type Props = {
  title: string;
  intro?: React.ReactNode;
  page: Page<PostSummary>;
  hrefFor: (page: number) => string;
  sidebar?: CategoryEntry[];
};

export function PagedPostList({ title, intro, page, hrefFor, sidebar }: Props) {
  return (
    <div className="flex flex-col gap-10 md:flex-row">
      <section className="min-w-0 flex-1" aria-labelledby="list-heading">
        <PageHeading id="list-heading" title={page.page > 1 ? `${title} — page ${page.page}` : title} intro={intro} />
        <PostList posts={page.items} />
        <Pagination page={page.page} totalPages={page.totalPages} hrefFor={hrefFor} />
      </section>
      {sidebar && <CategorySidebar categories={sidebar} />}
    </div>
  );
}
