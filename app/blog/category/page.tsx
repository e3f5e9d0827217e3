import Link from 'next/link';
import { categories } from '@/lib/content/queries';
import { categoriesMetadata } from '@/lib/seo/metadata';
import { blogPath, categoriesPath, categoryPath } from '@/lib/paths';
import { PageHeading } from '@/components/ui/page-heading';
import { BreadcrumbLd } from '@/components/seo/json-ld';

export const metadata = categoriesMetadata();

export default function CategoriesPage() {
  return (
    <>
      <BreadcrumbLd trail={[{ name: 'Blog', path: blogPath() }, { name: 'Categories', path: categoriesPath() }]} />
      <PageHeading title="Categories" />
      <ul className="grid gap-3 sm:grid-cols-2">
        {categories().map((c) => (
          <li key={c.slug}>
            <Link href={categoryPath(c.slug)} className="block rounded-lg border border-zinc-200 p-4 hover:bg-zinc-50 dark:border-zinc-800 dark:hover:bg-zinc-900">
              <span className="font-semibold">{c.label}</span>
              <span className="block muted">
                {c.count} post{c.count === 1 ? '' : 's'}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
