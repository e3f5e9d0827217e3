import matter from 'gray-matter';
import YAML from 'yaml';
import { isRecord, type FieldProblem } from '../rules/post-rules';

export type Frontmatter = Record<string, unknown>;
export type ParsedFile = { data: Frontmatter; body: string } | { problem: FieldProblem };

export { isRecord };

const KEY_LINE = /^(\s*)(?:-\s+)?([A-Za-z_][\w-]*)\s*:(?:\s+(.*))?$/;

/** The dotted field ("seo.description") a line of YAML belongs to, found by walking up the indentation. */
export function fieldAtLine(lines: string[], index: number): string | null {
  const path: string[] = [];
  let indent = Infinity;
  for (let i = Math.min(index, lines.length - 1); i >= 0; i--) {
    const line = lines[i]!;
    if (line.trim() === '' || line.trim() === '---') continue;
    const m = line.match(KEY_LINE);
    const lineIndent = line.length - line.trimStart().length;
    if (m && lineIndent < indent) {
      path.unshift(m[2]!);
      indent = lineIndent;
      if (indent === 0) break;
    } else if (!m && i === index) indent = lineIndent + 1; // a continuation line belongs to the key above it
  }
  return path.length > 0 ? path.join('.') : null;
}

const NEEDS_QUOTES = /(^[@`[\]{}*#&!|>%'"])|(:\s)|(\s#)/;

function yamlProblem(error: unknown, source: string): FieldProblem {
  const e = error as Error & { linePos?: { line: number; col: number }[] };
  // gray-matter hands YAML the text after the opening "---", starting with its newline, so YAML's
  // line numbers are already the file's.
  const pos = e.linePos?.[0];
  const reason = (e.message.split('\n')[0] ?? '').replace(/\s+at line \d+, column \d+:?\s*$/, '');
  if (!pos) {
    return { field: null, message: `the frontmatter is not valid YAML: ${reason}`, fix: 'check the lines between the --- markers: one `field: value` per line, nested fields indented with spaces' };
  }
  const lines = source.split(/\r?\n/);
  const field = fieldAtLine(lines, pos.line - 1);
  const message = `${field ? 'is' : 'the frontmatter is'} not valid YAML at line ${pos.line}, column ${pos.col}: ${reason}`;
  const m = lines[pos.line - 1]?.match(KEY_LINE);
  const value = m?.[3]?.trim();
  if (m && value && NEEDS_QUOTES.test(value) && !/^".*"$/.test(value)) {
    const quoted = `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    return { field, message, fix: `put the value in double quotes: \`${m[2]}: ${quoted}\`` };
  }
  return {
    field,
    message,
    fix: `check line ${pos.line} and the line above it: indent nested fields with spaces (never tabs), and quote values that contain ": " or start with @, [, {, * or #`,
  };
}

/**
 * Parses a markdown file's frontmatter exactly as contentlayer2 does (gray-matter with YAML 1.2,
 * so dates stay strings). A file without frontmatter, or with broken YAML, gives a problem instead.
 */
export function parseFrontmatter(source: string): ParsedFile {
  const text = source.replace(/^\uFEFF/, '');
  if (!/^---[ \t]*\r?\n/.test(text)) {
    return {
      problem: {
        field: null,
        message: 'the file has no frontmatter',
        fix: 'start the file with a --- block holding at least title, author and date (see the README), or turn a plain-text article into a post with `npm run import -- <file> --date … --author … --category …`',
      },
    };
  }
  if (!text.slice(3).includes('\n---')) {
    return {
      problem: { field: null, message: 'the frontmatter has no closing --- line', fix: 'end the frontmatter with a line holding only ---, before the body' },
    };
  }
  try {
    const parsed = matter(text, { engines: { yaml: (s: string) => YAML.parse(s) as object } });
    if (!isRecord(parsed.data)) {
      return { problem: { field: null, message: 'the frontmatter is not a list of `field: value` lines', fix: 'write one `field: value` per line between the --- lines' } };
    }
    return { data: parsed.data, body: parsed.content };
  } catch (error) {
    return { problem: yamlProblem(error, text) };
  }
}
