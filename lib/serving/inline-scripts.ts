/*
 * The <script> elements of a built page, found by a scan rather than an HTML parser: parse5
 * (hast-util-from-html) takes 13 ms for an article, 2.5 minutes for a 10,000-post site. The scan is
 * exact for what React writes (it escapes "<" in attributes, and "</script" and "<!--" in inline
 * scripts); lib/security/csp-hashes.test.ts checks it against parse5.
 */

/**
 * An opening <script> tag (quoted attribute values may hold ">"), its text, and the end tag as the
 * HTML tokenizer finds it: the first "</script" followed by whitespace, "/" or ">".
 */
const SCRIPT = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script[\t\n\f\r />]/gi;
const TYPE = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const SRC = /\ssrc\s*=/i;

/** Script types a browser runs as JavaScript (so CSP checks them); JSON-LD and other data blocks are not. */
const JAVASCRIPT = /^(|module|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript)$/i;

/** Whether a script of this type (InlineScript.type) is JavaScript a browser runs. */
export const runsAsJavaScript = (type: string): boolean => JAVASCRIPT.test(type);

export type InlineScript = {
  /** The type attribute, trimmed ("" when there is none). */
  type: string;
  /** Whether it loads a file (src): its text is then no script. */
  external: boolean;
  /** The text between the tags, as written. */
  text: string;
  /** Where the text starts in the page. */
  start: number;
};

/** Every <script> element of `html`, in order. */
export function* scriptElements(html: string): Generator<InlineScript> {
  for (const match of html.matchAll(SCRIPT)) {
    const [, attributes = '', text = ''] = match;
    const type = TYPE.exec(attributes);
    yield {
      type: (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim(),
      external: SRC.test(attributes),
      text,
      start: match.index + '<script'.length + attributes.length + 1,
    };
  }
}

/**
 * `html` without its <script> elements, each removed from its opening tag to its end tag's ">".
 * What Pagefind is handed (scripts/search-index.mjs): it indexes no script's text, and an article's
 * scripts (Next's RSC payload, the JSON-LD) are about two thirds of its bytes.
 */
export function withoutScripts(html: string): string {
  let out = '';
  let at = 0;
  for (const match of html.matchAll(SCRIPT)) {
    const close = html.indexOf('>', match.index + match[0].length - 1);
    out += html.slice(at, match.index);
    at = close === -1 ? html.length : close + 1;
  }
  return out + html.slice(at);
}
