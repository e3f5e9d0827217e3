import Link from 'next/link';
import type { CategoryRef } from '@/lib/content/queries';
import { categoryPath } from '@/lib/paths';

export function CategoryLinks({ categories, label = 'Categories' }: { categories: CategoryRef[]; label?: string }) {
  if (categories.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {categories.map((c) => (
        <li key={c.slug}>
          {/* block, not inline-block: an empty inline-block sits on the baseline, so a chip painted before its label arrived would move up. */}
          <Link
            href={categoryPath(c.slug)}
            className="chip"
          >
            {c.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
