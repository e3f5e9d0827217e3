import Link from 'next/link';
import { authors } from '@/lib/content/queries';
import { authorsMetadata } from '@/lib/seo/metadata';
import { blogPath, authorPath, authorsPath } from '@/lib/paths';
import { PageHeading } from '@/components/ui/page-heading';
import { BreadcrumbLd } from '@/components/seo/json-ld';

export const metadata = authorsMetadata();

export default function AuthorsPage() {
  return (
    <>
      <BreadcrumbLd trail={[{ name: 'Blog', path: blogPath() }, { name: 'Authors', path: authorsPath() }]} />
      <PageHeading title="Authors" />
      <ul className="grid gap-3 sm:grid-cols-2">
        {authors().map((a) => (
          <li key={a.slug}>
            <Link href={authorPath(a.slug)} className="block rounded-lg border border-zinc-200 p-4 hover:bg-zinc-50 dark:border-zinc-800 dark:hover:bg-zinc-900">
              <span className="font-semibold">{a.name}</span>
              <span className="block muted">
                {a.profile?.company ? `${a.profile.company} · ` : ''}
                {a.count} post{a.count === 1 ? '' : 's'}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
