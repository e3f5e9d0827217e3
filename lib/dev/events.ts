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
 * in the background, so a new post's page is a 404 until that refresh is done. And the refresh
 * that finds new params rewrites .next/dev/prerender-manifest.json in place (Next 16.4,
 * next-dev-server.js): a page rendered while it is being written reads it empty and answers 500
 * ("Unexpected end of JSON input"; 2 to 4 times in 10 new posts under concurrent requests). So a
 * generation that adds URLs is published only once they are served: a request to each route that
 * gained one starts its refresh, and the open pages re-render after it, never during it.
 * Returns false, having started nothing, when no URL was added.
 */
function warmNewRoutes(routes: Routes, onServed: () => void): boolean {
  const next = currentUrls(routes.urls);
  const added = routes.urls && next ? firstAddedUrls(routes.urls, next) : [];
  routes.urls = next;
  if (added.length === 0) return false;
  void Promise.all(added.map((url) => whenServed(new URL(url, routes.origin), { everyMs: 250 }))).then(onServed);
  return true;
}

/**
 * What the hub does with each status of the watcher, from the generation it knows: broadcasts it at
 * once, unless it names a new generation and `warm` (warmNewRoutes) starts serving URLs it adds;
 * then `latest()` is broadcast once they are served, and nothing before.
 */
export function statusRelay({
  generation,
  warm,
  broadcast,
  latest,
}: {
  generation: string | null;
  warm: (onServed: () => void) => boolean;
  broadcast: (status: ContentStatus) => void;
  latest: () => ContentStatus;
}): (status: ContentStatus) => void {
  let known = generation;
  return (status) => {
    const changed = status.generation !== known;
    known = status.generation;
    if (!(changed && warm(() => broadcast(latest())))) broadcast(status);
  };
}

function hub(origin: string): Hub {
  const existing = holder[HUB_KEY];
  if (existing) return existing;
  const listeners = new Set<Listener>();
  const routes: Routes = { urls: currentUrls(null), origin };
  let routesServed = 0;
  const published = (status: ContentStatus): ContentStatus => ({ ...status, generation: publishedGeneration(status.generation, routesServed) });
  const broadcast = (status: ContentStatus) => {
    for (const listener of listeners) listener(published(status));
  };
  let relay: (status: ContentStatus) => void = () => {};
  const watcher: ContentWatcher = watchContent({
    contentDir: path.resolve(contentDir()),
    publicDir: path.resolve('public'),
    generatedDir: generatedDir(),
    onStatus: (status) => relay(status),
  });
  relay = statusRelay({
    generation: watcher.current().generation,
    // Listing every route reads the new content, which the pages' refresh needs too: done first, it costs them nothing.
    warm: (onServed) =>
      warmNewRoutes(routes, () => {
        routesServed++;
        onServed();
      }),
    broadcast,
    latest: () => watcher.current(),
  });
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
