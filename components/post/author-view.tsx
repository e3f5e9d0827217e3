import type { AuthorEntry } from '@/lib/content/queries';
import type { Listing } from '@/lib/content/routes';
import { blogPath, authorPath, authorsPath } from '@/lib/paths';
import { BreadcrumbLd, ProfileLd } from '@/components/seo/json-ld';
import { FeedLinks } from './feed-links';
import { PagedPostList } from './paged-post-list';

type Props = { listing: Listing<AuthorEntry> };

function Profile({ author }: { author: AuthorEntry }) {
  const p = author.profile;
  return (
    <div className="flex flex-col gap-1">
      {p?.company && <p className="font-medium">{p.company}</p>}
      {p?.bio && <p>{p.bio}</p>}
      {p?.twitter && (
        <p>
          <a className="text-brand-700 underline dark:text-brand-300" href={`https://x.com/${p.twitter.slice(1)}`} rel="me">
            {p.twitter} on X
          </a>
        </p>
      )}
      <p className="muted">
        {author.count} post{author.count === 1 ? '' : 's'}
      </p>
      <FeedLinks
        scope={{ kind: 'author', slug: author.slug, name: author.name }}
        label={`Follow ${author.name}:`}
        className="muted"
      />
    </div>
  );
}

/** An author's list, any page: /blog/author/x and its /page/N render this. */
export function AuthorView({ listing }: Props) {
  const { subject: author, page } = listing;
  return (
    <>
      <ProfileLd author={author} />
      <BreadcrumbLd
        trail={[
          { name: 'Blog', path: blogPath() },
          { name: 'Authors', path: authorsPath() },
          { name: author.name, path: authorPath(author.slug, page.page) },
        ]}
      />
      <PagedPostList
        title={author.name}
        intro={<Profile author={author} />}
        page={page}
        hrefFor={(n) => authorPath(author.slug, n)}
      />
    </>
  );
}
