export function HiddenBanner() {
  return (
    <div role="note" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
      <strong>Hidden post.</strong> This post is unlisted (<code>hidePost: true</code>): it is reachable by its URL
      but appears in no list, feed, sitemap or search, and search engines are asked not to index it.
    </div>
  );
}
