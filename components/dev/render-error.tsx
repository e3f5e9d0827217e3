// Only classes the site already uses, so the production CSS gains nothing from this dev-only file.
/** Dev only: a page that could not be rendered, with the reason, until the content is fixed. */
export function RenderError({ message }: { message: string }) {
  return (
    <section role="alert" aria-labelledby="render-error" className="mx-auto max-w-3xl">
      <h1 id="render-error" className="text-2xl font-bold">
        This page cannot be shown yet
      </h1>
      <p className="mt-4 text-sm" style={{ fontFamily: 'ui-monospace, monospace' }}>
        {message}
      </p>
      <p className="mt-4">Fix the content and save: the page comes back by itself.</p>
    </section>
  );
}
