export function PageHeading({ title, intro, id }: { title: string; intro?: React.ReactNode; id?: string }) {
  return (
    <header className="mb-6">
      <h1 id={id} className="text-3xl font-bold tracking-tight text-zinc-900 sm:text-4xl dark:text-zinc-50">{title}</h1>
      {intro && <div className="mt-2 text-zinc-700 dark:text-zinc-200">{intro}</div>}
    </header>
  );
}
