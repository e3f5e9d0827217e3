'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { normaliseQuery } from '@/lib/search/query';
import { loadHits, loadPagefind, resultsMessage, searchPosts, type SearchOutcome } from '@/lib/search/results';
import { blogPath, searchPath } from '@/lib/paths';
import { isDevServer } from '@/lib/env';
import { SearchForm } from './search-form';
import { SearchResults } from './search-results';

type State = SearchOutcome | { query: string; failed: true };

const UNAVAILABLE =
  isDevServer()
    ? 'Search does not work under next dev: its index is made by npm run build. Run npm run build && npm start to try it.'
    : 'Search could not load its index. Try again later, or browse the archive.';

/** The search page's form, live status and results; the query is the URL's ?q=, so results can be shared. */
export function SearchPanel() {
  const query = normaliseQuery(useSearchParams().get('q'));
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    if (input.current) input.current.value = query;
    if (!query) return;
    let current = true;
    loadPagefind()
      .then((pagefind) => searchPosts(pagefind, query))
      .then(
        (outcome) => current && setState(outcome),
        () => current && setState({ query, failed: true }),
      );
    return () => {
      current = false;
    };
  }, [query]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    router.push(searchPath(normaliseQuery(new FormData(event.currentTarget).get('q'))));
  };

  const showMore = async (outcome: SearchOutcome) => {
    setLoadingMore(true);
    const more = await loadHits(outcome.results, outcome.hits.length);
    setState((now) => (now === outcome ? { ...outcome, hits: [...outcome.hits, ...more] } : now));
    setLoadingMore(false);
  };

  const settled = query && state?.query === query ? state : null;
  let status = '';
  if (query && !settled) status = `Searching for “${query}”…`;
  else if (settled && 'failed' in settled) status = UNAVAILABLE;
  else if (settled) status = resultsMessage(settled.results.length, query);

  return (
    <>
      <SearchForm defaultValue={query} onSubmit={submit} inputRef={input} />
      <p role="status" aria-live="polite" className="mt-6 text-zinc-700 dark:text-zinc-200">
        {status}
      </p>
      {settled && ('failed' in settled || settled.results.length === 0) && (
        <p className="mt-2 text-zinc-700 dark:text-zinc-200">
          Every post is also in the{' '}
          <Link className="text-brand-700 underline dark:text-brand-300" href={blogPath()}>
            archive
          </Link>
          .
        </p>
      )}
      {settled && !('failed' in settled) && (
        <SearchResults outcome={settled} loadingMore={loadingMore} onShowMore={() => showMore(settled)} />
      )}
    </>
  );
}
