import type { CategoryEntry } from '@/lib/content/queries';
import type { Listing } from '@/lib/content/routes';
import { blogPath } from '@/lib/paths';
import { PagedPostList } from './paged-post-list';

type Props = { listing: Listing<null>; sidebar: CategoryEntry[] };

/** The archive, any page: /blog and /blog/page/N render this. */
export function BlogView({ listing, sidebar }: Props) {
  return <PagedPostList title="All posts" page={listing.page} hrefFor={blogPath} sidebar={sidebar} />;
}
