import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CspManifest } from './csp-manifest';
import { NOT_FOUND_FILES, htmlFiles, pagePath } from '../serving/page-files';
import { runsAsJavaScript, scriptElements } from '../serving/inline-scripts';

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

/** Reads every prerendered page under `dir` (.next/server/app or out/) into a manifest. */
export function cspManifest(dir: string): CspManifest {
  const manifest: CspManifest = { notFound: [], pages: {} };
  let sawNotFound = false;
  for (const file of htmlFiles(dir)) {
    const hashes = inlineScriptHashes(fs.readFileSync(path.join(dir, file), 'utf8'));
    if (NOT_FOUND_FILES.has(file)) {
      manifest.notFound = hashes;
      sawNotFound = true;
      continue;
    }
    const page = pagePath(file);
    if (page) manifest.pages[page] = hashes;
  }
  if (!sawNotFound) throw new Error(`${dir} holds no _not-found.html or 404.html: is it a built site?`);
  return manifest;
}
