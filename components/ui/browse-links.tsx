import { Fragment } from 'react';
import Link from 'next/link';
import { authorsPath, blogPath, categoriesPath, searchPath } from '@/lib/paths';

const LISTS = [
  { name: 'archive', href: blogPath() },
  { name: 'categories', href: categoriesPath() },
  { name: 'authors', href: authorsPath() },
];

/** “the archive, the categories or the authors” (“…, the authors or the search” with `search`), each a link. */
export function BrowseLinks({ search = false }: { search?: boolean }) {
  const links = search ? [...LISTS, { name: 'search', href: searchPath() }] : LISTS;
  return links.map(({ name, href }, i) => (
    <Fragment key={name}>
      {i === 0 ? '' : i === links.length - 1 ? ' or ' : ', '}the{' '}
      <Link className="text-brand-700 underline dark:text-brand-300" href={href}>
        {name}
      </Link>
    </Fragment>
  ));
}
