import path from 'node:path';
import { contentRouteUrls } from '../content/routes';
import { watchContent, type ContentWatcher } from './watch';
import { generatedDir, generationStamp } from '../content/source';
import { contentDir } from '../env';
import { STATUS_EVENT, pageStatus, sseFrame, type ContentStatus } from './live-preview';

/*
 * The dev server's side of the live preview: one content watcher per server process, shared by
 * every open page's event stream. Only app/dev/live-preview/route.dev.ts uses it, and that route
 * exists only under `next dev`.
 */

type Listener = (status: ContentStatus) => void;

// urls is null until the content could be loaded once: nothing to compare with then.
type Routes = { urls: Map<string, Set<string>> | null; origin: string };
type Hub = { current: () => ContentStatus; listeners: Set<Listener>; routes: Routes };

// On globalThis so that a hot reload of this module does not start a second watcher.
const HUB_KEY = Symbol.for('openinfra.live-preview.hub');
const holder = globalThis as typeof globalThis & { [HUB_KEY]?: Hub };

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
    return contentRouteUrls();
  } catch {
    // Content the site cannot load (two posts on one URL): the pages show that error already.
    return previous;
  }
}

/** Resolves once `url` answers 200 (or after `timeoutMs`), asking every `everyMs`. */
export async function whenServed(url: URL, { timeoutMs = 30_000, everyMs = 500 } = {}): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await fetch(url, { method: 'HEAD' }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok || Date.now() + everyMs > deadline) return ok;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/*
 * `next dev` answers from the params `generateStaticParams` returned last time and refreshes them
 * in the background, so a new post's page is a 404 until that refresh is done. Requests to each
 * route that gained a URL start it early; once the new URLs are served, open pages re-render
 * (an editor who clicked the new post too soon sees it appear).
 * That refresh rewrites .next/dev/prerender-manifest.json in place (Next 16.4, next-dev-server.js),
 * and a page rendered during the write reads it empty and answers 500 ("Unexpected end of JSON
 * input"; bench/dev-new-posts.mjs). Broadcasting a new post only once it is served would keep open
 * pages out of that window, but the route listing then runs before every save's broadcast: at
 * 10,000 posts the median save took 724 ms instead of 632 (three alternated runs each), so it is not done.
 */
function warmNewRoutes(routes: Routes, onServed: () => void) {
  const next = currentUrls(routes.urls);
  const added = routes.urls && next ? firstAddedUrls(routes.urls, next) : [];
  routes.urls = next;
  if (added.length === 0) return;
  void Promise.all(added.map((url) => whenServed(new URL(url, routes.origin)))).then(onServed);
}

function hub(origin: string): Hub {
  const existing = holder[HUB_KEY];
  if (existing) return existing;
  const listeners = new Set<Listener>();
  const routes: Routes = { urls: currentUrls(null), origin };
  let generation: string | null = null;
  let routesServed = 0;
  const published = (status: ContentStatus): ContentStatus => ({ ...status, generation: publishedGeneration(status.generation, routesServed) });
  const broadcast = (status: ContentStatus) => {
    for (const listener of listeners) listener(published(status));
  };
  const watcher: ContentWatcher = watchContent({
    contentDir: path.resolve(contentDir()),
    publicDir: path.resolve('public'),
    generatedDir: generatedDir(),
    onStatus: (status) => {
      const changed = status.generation !== generation;
      generation = status.generation;
      broadcast(status);
      // After the broadcast: listing every route reads the new content, which the pages' refresh needs too.
      if (changed) {
        warmNewRoutes(routes, () => {
          routesServed++;
          broadcast(watcher.current());
        });
      }
    },
  });
  generation = watcher.current().generation;
  return (holder[HUB_KEY] = { current: () => published(watcher.current()), listeners, routes });
}

// What pages see as the generation also changes when new routes are served, to re-render them.
const publishedGeneration = (stamp: string | null, routesServed: number) => (stamp === null ? null : `${stamp}#${routesServed}`);

/** The generation a page rendered now is built from, as its event stream will name it. */
export function renderedGeneration(): string | null {
  return holder[HUB_KEY]?.current().generation ?? publishedGeneration(generationStamp(), 0);
}

/** Calls `listener` with the current status now and on every change, until the returned function is called. */
export function subscribeContentStatus(origin: string, listener: Listener): () => void {
  const h = hub(origin);
  h.listeners.add(listener);
  listener(h.current());
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
      const unsubscribe = subscribeContentStatus(new URL(request.url).origin, (s) => send(sseFrame(STATUS_EVENT, pageStatus(s))));
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
