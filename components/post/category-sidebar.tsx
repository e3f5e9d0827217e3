import Link from 'next/link';
import type { CategoryEntry } from '@/lib/content/queries';
import { categoryPath } from '@/lib/paths';

export function CategorySidebar({ categories }: { categories: CategoryEntry[] }) {
  return (
    <aside aria-labelledby="sidebar-categories" className="md:w-64 md:shrink-0">
      <h2 id="sidebar-categories" className="mb-3 text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-300">
        Categories
      </h2>
      <ul className="space-y-1">
        {categories.map((c) => (
          <li key={c.slug}>
            <Link
              href={categoryPath(c.slug)}
              className="flex justify-between rounded px-2 py-1 text-zinc-800 hover:bg-zinc-100 dark:text-zinc-100 dark:hover:bg-zinc-800"
            >
              <span>{c.label}</span>
              <span className="text-zinc-600 dark:text-zinc-300">
                {c.count}
                <span className="sr-only"> posts</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </aside>
  );
}
