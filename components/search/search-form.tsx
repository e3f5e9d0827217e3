import type { FormEvent, Ref } from 'react';
import { searchPath } from '@/lib/paths';

type Props = { defaultValue?: string; onSubmit?: (event: FormEvent<HTMLFormElement>) => void; inputRef?: Ref<HTMLInputElement> };

/** The search page's form: a GET form to /search, so it works before (and without) JavaScript. */
export function SearchForm({ defaultValue = '', onSubmit, inputRef }: Props) {
  return (
    <form role="search" aria-label="Posts" action={searchPath()} method="get" onSubmit={onSubmit} className="flex max-w-xl flex-col gap-2">
      <label htmlFor="search-query" className="text-sm font-medium text-zinc-800 dark:text-zinc-100">
        Words to find in every post
      </label>
      <div className="flex gap-2">
        <input
          ref={inputRef}
          id="search-query"
          type="search"
          name="q"
          defaultValue={defaultValue}
          autoComplete="off"
          enterKeyHint="search"
          className="h-11 min-w-0 flex-1 rounded-md border border-zinc-300 bg-white px-3 text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
        />
        <button
          type="submit"
          className="h-11 rounded-md bg-brand-700 px-4 font-medium text-white hover:bg-brand-600 dark:bg-brand-300 dark:text-zinc-950 dark:hover:bg-brand-50"
        >
          Search
        </button>
      </div>
    </form>
  );
}
