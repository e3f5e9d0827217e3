'use client';

import type { FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { normaliseQuery } from '@/lib/search/query';
import { searchPath } from '@/lib/paths';

/**
 * The header's search box: a plain GET form to /search, which JavaScript turns into a client-side navigation.
 * The form has a fixed width and the input fills it: the header pushes the form to its right end, so a form
 * that grew as its button arrived (a page painted half-parsed) would move.
 */
export function HeaderSearch() {
  const router = useRouter();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    router.push(searchPath(normaliseQuery(new FormData(event.currentTarget).get('q'))));
  };

  // h-10 before its input arrives: the header row is centred on its tallest part.
  return (
    <form role="search" aria-label="Site" action={searchPath()} method="get" onSubmit={submit} className="flex h-10 w-48 items-center gap-1 sm:w-56">
      <label htmlFor="site-search" className="sr-only">
        Search posts
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        placeholder="Search posts"
        autoComplete="off"
        enterKeyHint="search"
        className="h-10 min-w-0 flex-1 rounded-md border border-zinc-300 bg-white px-3 text-sm text-zinc-900 placeholder:text-zinc-500 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-400"
      />
      <button
        type="submit"
        className="inline-flex h-10 w-10 shrink-0 items-center justify-center rounded-md text-zinc-700 hover:bg-zinc-100 dark:text-zinc-200 dark:hover:bg-zinc-800"
      >
        <span className="sr-only">Search</span>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
      </button>
    </form>
  );
}
