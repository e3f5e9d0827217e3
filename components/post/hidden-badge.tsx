export function HiddenBadge() {
  return (
    <span className="ml-2 inline-block rounded bg-amber-100 px-2 py-0.5 align-middle text-xs font-semibold uppercase tracking-wide text-amber-900 dark:bg-amber-900 dark:text-amber-50">
      Hidden
    </span>
  );
}
