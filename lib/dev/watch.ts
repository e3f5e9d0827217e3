import fs from 'node:fs';
import path from 'node:path';
import { checkContent, formatProblem } from '../authoring/validate';
import type { ContentStatus } from './live-preview';
import { generationStamp } from '../content/source';

/*
 * Dev-time watching of the content: the validator re-runs on every change to the content folder,
 * and contentlayer2's output folder is polled for a new generation. `npm run dev` prints the
 * problems; the live-preview event stream sends the whole status to open pages.
 */

function directoriesUnder(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  const dirs = fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => path.join(e.parentPath, e.name));
  return [root, ...dirs];
}

/**
 * Calls `onChange` on any change below `root`, with the changed path when the system names it. One plain watcher per folder, because Node 20's
 * recursive fs.watch on Linux loses a file once an editor replaces it (save by rename, `sed -i`).
 */
export function watchTree(root: string, onChange: (file: string | null) => void): { close: () => void } {
  const watchers = new Map<string, fs.FSWatcher>();
  const sync = () => {
    const dirs = new Set(directoriesUnder(root));
    for (const [dir, watcher] of watchers) {
      if (!dirs.has(dir)) {
        watcher.close();
        watchers.delete(dir);
      }
    }
    for (const dir of dirs) {
      if (watchers.has(dir)) continue;
      try {
        const watcher = fs.watch(dir, (event, name) => {
          if (event === 'rename') sync();
          onChange(name ? path.join(dir, name) : null);
        });
        watcher.on('error', () => {
          watcher.close();
          watchers.delete(dir);
        });
        watchers.set(dir, watcher);
      } catch {
        // The folder went away between listing and watching: nothing to watch there.
      }
    }
  };
  sync();
  return {
    close: () => {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

export type WatchOptions = {
  contentDir: string;
  publicDir: string;
  /** contentlayer2's output folder; leave it out to watch the content only. */
  generatedDir?: string;
  onStatus: (status: ContentStatus) => void;
  /**
   * Quiet time after a file event before the validator runs: editors save in several writes, and
   * the validator reads the whole folder, so it waits until the generation and the page's refresh
   * that a save starts are done.
   */
  debounceMs?: number;
  /** How often the output folder's generation stamp is read. */
  pollMs?: number;
};

export type ContentWatcher = { current: () => ContentStatus; close: () => void };

/**
 * Watches the content folder (and contentlayer2's output): calls `onStatus` each time the
 * validator's problems or the generation change. The first status is `current()`.
 */
export function watchContent(options: WatchOptions): ContentWatcher {
  const { contentDir, publicDir, generatedDir, onStatus, debounceMs = 500, pollMs = 50 } = options;
  const check = () => checkContent(contentDir, publicDir);
  const firstReport = check();
  let status: ContentStatus = {
    generation: generatedDir ? generationStamp(generatedDir) : null,
    errors: firstReport.errors,
    warnings: firstReport.warnings,
  };
  const update = (next: ContentStatus) => {
    if (JSON.stringify(next) === JSON.stringify(status)) return;
    status = next;
    onStatus(next);
  };
  const recheck = () => {
    const report = check();
    update({ ...status, errors: report.errors, warnings: report.warnings });
  };

  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(recheck, debounceMs);
  };
  const tree = watchTree(contentDir, () => schedule());

  const poll = generatedDir
    ? setInterval(() => {
        const stamp = generationStamp(generatedDir);
        // The stamp is written last, by rename, once the generation is complete: pages may refresh at
        // once; the validator's report follows (it reads the whole folder).
        if (stamp !== null && stamp !== status.generation) {
          update({ ...status, generation: stamp });
          schedule();
        }
      }, pollMs)
    : undefined;

  return {
    current: () => status,
    close: () => {
      clearTimeout(timer);
      clearInterval(poll);
      tree.close();
    },
  };
}

/** The validator's report for the terminal: every error, the first `shownWarnings` warnings, then a one-line summary. */
export function formatStatus(status: Pick<ContentStatus, 'errors' | 'warnings'>, shownWarnings = 20): string {
  const { errors, warnings } = status;
  const lines = [...errors, ...warnings.slice(0, shownWarnings)].map(formatProblem);
  if (warnings.length > shownWarnings) lines.push(`… and ${warnings.length - shownWarnings} more warning(s): \`npm run content:check\` lists them all.`);
  const fix = errors.length > 0 ? ' Fix and save: open pages update by themselves.' : '';
  lines.push(`content: ${errors.length} error(s), ${warnings.length} warning(s).${fix}`);
  return lines.join('\n');
}
