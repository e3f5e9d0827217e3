import { BrowseLinks } from '@/components/ui/browse-links';

/** Shown only when JavaScript is off: search runs in the browser, so point to the lists instead. */
export function SearchFallback() {
  return (
    <noscript>
      <p className="mt-6 max-w-xl rounded-lg border border-zinc-200 p-4 text-zinc-800 dark:border-zinc-800 dark:text-zinc-100">
        Search runs in your browser and needs JavaScript, which is turned off. Every post is still a click away: browse <BrowseLinks />.
      </p>
    </noscript>
  );
}
