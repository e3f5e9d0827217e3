import crypto from 'node:crypto';
import type { CspManifest } from './csp-manifest';
import { NOT_FOUND_FILES, htmlFiles, pagePath } from '../serving/page-files';
import { runsAsJavaScript, scriptElements } from '../serving/inline-scripts';
import { asciiPages, type AsciiPass } from '../serving/ascii-pages';

// Build time only (reads every built page); scripts/security-headers.ts writes the result where each way of serving reads it.

/** The base64 sha256 of a script's text, as CSP's 'sha256-…' source expects it. */
export function scriptHash(text: string): string {
  return crypto.createHash('sha256').update(text, 'utf8').digest('base64');
}

/**
 * The hash of every inline script a browser would run in this HTML, without repeats (the scan:
 * lib/serving/inline-scripts.ts).
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const { type, external, text } of scriptElements(html)) {
    if (external || !runsAsJavaScript(type)) continue;
    // A browser hashes the text after its input stream turned CR LF and CR into LF.
    if (text.length > 0) hashes.add(scriptHash(text.replace(/\r\n?/g, '\n')));
  }
  return [...hashes];
}

/**
 * The manifest of the prerendered pages under `dir` (.next/server/app or out/), collected page by
 * page: `add` each with its HTML as served, then `done`.
 */
export function cspManifestCollector(dir: string): { add(file: string, html: string): void; done(): CspManifest } {
  const manifest: CspManifest = { notFound: [], pages: {} };
  let sawNotFound = false;
  return {
    add(file, html) {
      const hashes = inlineScriptHashes(html);
      if (NOT_FOUND_FILES.has(file)) {
        manifest.notFound = hashes;
        sawNotFound = true;
        return;
      }
      const page = pagePath(file);
      if (page) manifest.pages[page] = hashes;
    },
    done() {
      if (!sawNotFound) throw new Error(`${dir} holds no _not-found.html or 404.html: is it a built site?`);
      return manifest;
    },
  };
}

/**
 * Writes the prerendered pages under `dir` (.next/server/app or out/) in ASCII (asciiPages) and
 * reads the manifest from each page as written, so the hashes are those of the pages as served,
 * with one read of each. `files`: the pages, relative to `dir`, when the caller has listed them.
 */
export function asciiPagesManifest(dir: string, files: Iterable<string> = htmlFiles(dir)): { manifest: CspManifest; ascii: AsciiPass } {
  const ascii: AsciiPass = { pages: 0, rewritten: 0, left: [] };
  const collector = cspManifestCollector(dir);
  for (const { file, html } of asciiPages(dir, files, ascii)) collector.add(file, html);
  return { manifest: collector.done(), ascii };
}
