import Link from 'next/link';
import { displayDate } from '@/lib/rules/dates';
import type { SearchOutcome } from '@/lib/search/results';

type Props = { outcome: SearchOutcome; loadingMore: boolean; onShowMore: () => void };

/** The hits found so far, as a list: title link, date, excerpt with the matched words marked. */
export function SearchResults({ outcome, loadingMore, onShowMore }: Props) {
  const { hits, results, query } = outcome;
  if (hits.length === 0) return null;
  return (
    <>
      <ol aria-label={`Results for ${query}`} className="mt-2 max-w-3xl divide-y divide-zinc-200 dark:divide-zinc-800">
        {hits.map((hit) => (
          <li key={hit.url} className="py-5">
            <h2 className="post-card-title">
              <Link
                href={hit.url}
                prefetch={false}
                className="post-card-link"
              >
                {hit.title}
              </Link>
            </h2>
            {hit.date && (
              <p className="mt-1 muted">
                <time dateTime={hit.date}>{displayDate(hit.date)}</time>
              </p>
            )}
            <p className="mt-2 text-zinc-700 dark:text-zinc-200">
              {hit.excerpt.map((part, i) =>
                part.match ? (
                  <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-zinc-950 dark:bg-amber-400/30 dark:text-amber-50">
                    {part.text}
                  </mark>
                ) : (
                  part.text
                ),
              )}
            </p>
          </li>
        ))}
      </ol>
      {hits.length < results.length && (
        <button
          type="button"
          onClick={onShowMore}
          disabled={loadingMore}
          className="mt-4 rounded-md border border-zinc-300 px-4 py-2 font-medium text-zinc-800 hover:bg-zinc-100 disabled:opacity-60 dark:border-zinc-700 dark:text-zinc-100 dark:hover:bg-zinc-800"
        >
          Show more results ({results.length - hits.length} more)
        </button>
      )}
    </>
  );
}
