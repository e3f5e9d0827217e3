import fs from 'node:fs';
import path from 'node:path';

/*
 * The content folder on disk: listing and reading its files, and naming them in messages. The
 * validator, the importer, `npm run new` and the dev watcher all see the folder through these.
 */

/** Extensions contentlayer2 reads from the content folder as documents; it ignores any other file there. */
export const DOCUMENT_EXTENSIONS = ['.md', '.mdx', '.json', '.yaml', '.yml'];

/** Whether contentlayer2 reads `file` as a document (by its extension). */
export const isDocumentFile = (file: string): boolean => DOCUMENT_EXTENSIONS.includes(path.extname(file).toLowerCase());

/** What identifies one version of a file: a save, or a replace by rename, changes it. */
export const statVersion = (s: fs.Stats): string => `${s.mtimeMs}:${s.size}:${s.ino}`;

/** The version of a file (statVersion), or null when it is gone or not a file. */
export function fileVersion(file: string): string | null {
  try {
    const s = fs.statSync(file);
    return s.isFile() ? statVersion(s) : null;
  } catch {
    return null;
  }
}

/** A file's path as the editor typed it: relative to the working directory. */
export const displayPath = (file: string): string => path.relative(process.cwd(), file) || file;

/** Every file below `dir` (dot files left out), sorted; none when `dir` does not exist. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** A file's text, or null when it was deleted between listing the folder and reading it (an editor's save in `npm run dev`). */
export function readListed(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Every file below `dir` that contentlayer2 reads as a document, by path relative to it (posix),
 * with its version (statVersion); dot folders and node_modules left out.
 */
export function scanDocuments(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !isDocumentFile(entry.name)) continue;
    const full = path.join(entry.parentPath, entry.name);
    const rel = path.relative(dir, full).split(path.sep).join('/');
    if (rel.split('/').some((part) => part.startsWith('.') || part === 'node_modules')) continue;
    const version = fileVersion(full);
    // Gone between listing and stat: the next scan sees it removed.
    if (version !== null) files.set(rel, version);
  }
  return files;
}
