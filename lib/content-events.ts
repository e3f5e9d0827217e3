import path from 'node:path';
import { authors, browsablePosts, categories, laterPageNumbers, postSlugs } from './content';
import { authorPath, blogPath, categoryPath, postPath } from './paths';
import { GENERATED_DIR, watchContent, type ContentWatcher } from './content-watch';
import { STATUS_EVENT, sseFrame, type ContentStatus } from './live-preview';

/*
 * The dev server's side of the live preview: one content watcher per server process, shared by
 * every open page's event stream. Only app/dev/live-preview/route.dev.ts uses it, and that route
 * exists only under `next dev`.
 */

type Listener = (status: ContentStatus) => void;

// urls is null until the content could be loaded once: nothing to compare with then.
type Routes = { urls: Map<string, Set<string>> | null; origin: string };
type Hub = { watcher: ContentWatcher; listeners: Set<Listener>; routes: Routes };

// On globalThis so that a hot reload of this module does not start a second watcher.
const HUB_KEY = Symbol.for('openinfra.live-preview.hub');
const holder = globalThis as typeof globalThis & { [HUB_KEY]?: Hub };

/** Every URL of the dynamic routes (each `generateStaticParams`), by route. */
export function dynamicUrls(): Map<string, Set<string>> {
  const cats = categories();
  const people = authors();
  return new Map([
    ['/blog/[slug]', new Set(postSlugs().map(postPath))],
    ['/blog/page/[page]', new Set(laterPageNumbers(browsablePosts().length).map((n) => blogPath(n)))],
    ['/blog/category/[category]', new Set(cats.map((c) => categoryPath(c.slug)))],
    ['/blog/category/[category]/page/[page]', new Set(cats.flatMap((c) => laterPageNumbers(c.count).map((n) => categoryPath(c.slug, n))))],
    ['/blog/author/[author]', new Set(people.map((a) => authorPath(a.slug)))],
    ['/blog/author/[author]/page/[page]', new Set(people.flatMap((a) => laterPageNumbers(a.count).map((n) => authorPath(a.slug, n))))],
  ]);
}

/** For each route that gained URLs, the first new one. */
export function firstAddedUrls(before: Map<string, Set<string>>, after: Map<string, Set<string>>): string[] {
  const added: string[] = [];
  for (const [route, urls] of after) {
    const old = before.get(route) ?? new Set<string>();
    const first = [...urls].find((u) => !old.has(u));
    if (first) added.push(first);
  }
  return added;
}

function currentUrls<T>(previous: T): Map<string, Set<string>> | T {
  try {
    return dynamicUrls();
  } catch {
    // Content the site cannot load (two posts on one URL): the pages show that error already.
    return previous;
  }
}

/*
 * `next dev` answers from the params `generateStaticParams` returned last time and refreshes them
 * in the background, so the first visit to a new post would be a 404. One request per route that
 * gained a URL starts that refresh before the editor clicks.
 */
function warmNewRoutes(routes: Routes) {
  const next = currentUrls(routes.urls);
  const added = routes.urls && next ? firstAddedUrls(routes.urls, next) : [];
  routes.urls = next;
  for (const url of added) fetch(new URL(url, routes.origin), { method: 'HEAD' }).catch(() => undefined);
}

function hub(origin: string): Hub {
  const existing = holder[HUB_KEY];
  if (existing) return existing;
  const listeners = new Set<Listener>();
  const routes: Routes = { urls: currentUrls(null), origin };
  let generation: string | null = null;
  const watcher = watchContent({
    contentDir: path.resolve(process.env.CONTENT_DIR ?? 'content'),
    publicDir: path.resolve('public'),
    generatedDir: path.resolve(GENERATED_DIR),
    onStatus: (status) => {
      if (status.generation !== generation) warmNewRoutes(routes);
      generation = status.generation;
      for (const listener of listeners) listener(status);
    },
  });
  generation = watcher.current().generation;
  return (holder[HUB_KEY] = { watcher, listeners, routes });
}

/** Calls `listener` with the current status now and on every change, until the returned function is called. */
export function subscribeContentStatus(origin: string, listener: Listener): () => void {
  const h = hub(origin);
  h.listeners.add(listener);
  listener(h.watcher.current());
  return () => h.listeners.delete(listener);
}

export const SSE_HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-cache, no-transform',
  'X-Accel-Buffering': 'no',
} as const;

/** The event stream of one open page: a status frame now and on every change, a comment every 15 s to keep it open. */
export function contentEventStream(request: Request): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let stop = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      const unsubscribe = subscribeContentStatus(new URL(request.url).origin, (s) => send(sseFrame(STATUS_EVENT, s)));
      const keepAlive = setInterval(() => send(': keep-alive\n\n'), 15_000);
      stop = () => {
        unsubscribe();
        clearInterval(keepAlive);
      };
      request.signal.addEventListener('abort', () => {
        stop();
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
    },
    cancel() {
      stop();
    },
  });
}
