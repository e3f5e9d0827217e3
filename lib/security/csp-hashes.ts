import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CspManifest } from './csp-manifest';
import { NOT_FOUND_FILES, pagePath } from '../serving/page-files';

// Build time only (reads every built page); proxy.ts reads the result through csp-manifest.ts.

/** Script types a browser runs (and so CSP checks); JSON-LD and other data blocks are not scripts. */
const EXECUTABLE = /^(|module|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript)$/i;

/** The base64 sha256 of a script's text, as CSP's 'sha256-…' source expects it. */
export function scriptHash(text: string): string {
  return crypto.createHash('sha256').update(text, 'utf8').digest('base64');
}

/**
 * An opening <script> tag (quoted attribute values may hold ">"), its text, and the end tag as the
 * HTML tokenizer finds it: the first "</script" followed by whitespace, "/" or ">".
 */
const SCRIPT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script[\t\n\f\r />]/gi;
const TYPE = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const SRC = /\ssrc\s*=/i;

/**
 * The hash of every inline script a browser would run in this HTML, without repeats. A scan, not
 * an HTML parser: parse5 (hast-util-from-html) takes 13 ms for an article, 2.5 minutes for a
 * 10,000-post site; the scan is exact for what React writes (it escapes "<" in attributes and
 * "</script" and "<!--" in inline scripts), and csp-hashes.test.ts checks it against parse5.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', text = ''] of html.matchAll(SCRIPT)) {
    if (SRC.test(attributes)) continue;
    const type = TYPE.exec(attributes);
    if (!EXECUTABLE.test((type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim())) continue;
    // A browser hashes the text after its input stream turned CR LF and CR into LF.
    if (text.length > 0) hashes.add(scriptHash(text.replace(/\r\n?/g, '\n')));
  }
  return [...hashes];
}

function* htmlFiles(dir: string, root = dir): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full, root);
    else if (entry.name.endsWith('.html')) yield path.relative(root, full);
  }
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
