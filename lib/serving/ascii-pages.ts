import fs from 'node:fs';
import path from 'node:path';
import { writeAtomic } from '../atomic-file';
import { runsAsJavaScript, scriptElements } from './inline-scripts';

/*
 * Under `next start`, Next keeps a prerendered page as a JavaScript string and sends it with
 * res.end(string): every response measures its UTF-8 length (Content-Length) and copies it into
 * bytes for gzip. V8 stores a string holding any character above U+00FF as UTF-16, and converting
 * that is several times slower than converting an ASCII one: for the 47 KB article, 60 + 29 µs
 * against 9 + 0.5 µs (Buffer.from + Buffer.byteLength), on every request, for the two or three
 * "→", "—" or "©" a page holds. Measured with `npm run bench -- --profile` (bucket "HTML string to
 * bytes"): 136–155 µs a request under the sampler before, 27–42 µs after.
 *
 * So after `next build` every prerendered page is written in ASCII, meaning the same: outside
 * scripts a character above U+007F becomes a character reference (&#x2192;), inside a script or
 * JSON block a \u escape (the same string to JavaScript and JSON). A page that holds one where
 * neither form means the same (a <style> element, a script of another type, a character right after
 * a backslash) is left as it is.
 */

const NON_ASCII = /[^\x00-\x7f]/;
/** JSON blocks (JSON-LD, Next's data): there, as in JavaScript, "\uXXXX" in a string is the character itself. */
const JSON_TYPE = /^application\/(?:ld\+)?json$/i;
/** A character above U+007F right after an odd run of backslashes: escaping it would change the text. */
const ESCAPED = /(?:^|[^\\])(?:\\\\)*\\[^\x00-\x7f]/;

const references = (html: string) => html.replace(/[^\x00-\x7f]/gu, (c) => `&#x${c.codePointAt(0)!.toString(16)};`);
const escapes = (text: string) => text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** `html` with every character above U+007F written in ASCII, or null when that cannot mean the same. */
export function asciiHtml(html: string): string | null {
  if (!NON_ASCII.test(html)) return html;
  if (/<style[\s>/]/i.test(html)) return null;
  let out = '';
  let at = 0;
  for (const { type, external, text, start } of scriptElements(html)) {
    if (!NON_ASCII.test(text)) continue;
    if (external || !(runsAsJavaScript(type) || JSON_TYPE.test(type)) || ESCAPED.test(text)) return null;
    out += references(html.slice(at, start)) + escapes(text);
    at = start + text.length;
  }
  return out + references(html.slice(at));
}

/** What the ASCII pass did: how many pages there are, how many were rewritten, which were left as they are. */
export type AsciiPass = { pages: number; rewritten: number; left: string[] };

/**
 * Writes one page (`file`, relative to `dir`, read as `html`) in ASCII, replaced whole (writeAtomic),
 * and returns its HTML as it now is on disk. `pass` counts it.
 */
export function asciiPage(dir: string, file: string, html: string, pass: AsciiPass): string {
  pass.pages++;
  const ascii = asciiHtml(html);
  if (ascii === null) pass.left.push(file);
  if (ascii !== null && ascii !== html) {
    writeAtomic(path.join(dir, file), ascii);
    pass.rewritten++;
  }
  return ascii ?? html;
}

/**
 * Writes each of `files` (pages, relative to `dir`) in ASCII (asciiPage), and yields each with its
 * HTML as it now is on disk, so that the step after (the CSP hashes) need not read it again.
 */
export function* asciiPages(dir: string, files: Iterable<string>, pass: AsciiPass): Generator<{ file: string; html: string }> {
  for (const file of files) yield { file, html: asciiPage(dir, file, fs.readFileSync(path.join(dir, file), 'utf8'), pass) };
}
