import type { Problem } from '../authoring/validate';

/*
 * What the dev server tells an open page about the content (shared by the event stream and the
 * browser component, so it imports nothing that touches the file system).
 */

/** The dev-only Server-Sent Events endpoint (app/dev/live-preview/route.dev.ts). */
export const LIVE_PREVIEW_EVENTS_PATH = '/dev/live-preview';

/** The SSE event name of a status message. */
export const STATUS_EVENT = 'status';

/** Dispatched on `window` when contentlayer2 wrote new output, so a page showing an error can retry. */
export const CONTENT_UPDATED_EVENT = 'live-preview:content-updated';

/**
 * The content as the dev server sees it: `generation` changes each time contentlayer2 writes new
 * output or new routes become reachable (null while there is no output), and the validator's
 * problems with the files as they are now.
 */
export type ContentStatus = { generation: string | null; errors: Problem[]; warnings: Problem[] };

/** Problems of each kind a page lists: an archive can have thousands of warnings, and every save resends them. */
export const SHOWN_PROBLEMS = 50;

/** What an open page is sent: the status with the first SHOWN_PROBLEMS errors and warnings, and how many there are. */
export type PageStatus = ContentStatus & { errorCount: number; warningCount: number };

/** The status as sent to open pages (lists cut to SHOWN_PROBLEMS, totals kept). */
export function pageStatus(status: ContentStatus): PageStatus {
  return {
    generation: status.generation,
    errors: status.errors.slice(0, SHOWN_PROBLEMS),
    warnings: status.warnings.slice(0, SHOWN_PROBLEMS),
    errorCount: status.errors.length,
    warningCount: status.warnings.length,
  };
}

/** One Server-Sent Events frame carrying `data` as a single line of JSON. */
export function sseFrame(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * Whether an open page must re-render: the server has a generation other than the one the page
 * was rendered from, and no refresh for it was asked for yet.
 */
export function needsRefresh(renderedFrom: string | null, requested: string | null, next: Pick<ContentStatus, 'generation'>): boolean {
  return next.generation !== null && next.generation !== renderedFrom && next.generation !== requested;
}

/** The problem as one line for the page, in the terminal's words: "file: field message." */
export function problemLine(p: Problem): string {
  return `${p.file}: ${p.field ? `${p.field} ` : ''}${p.message}.`;
}
