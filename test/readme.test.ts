import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Author, Post } from '../contentlayer.config';

type FieldDef = { type: string; required?: boolean; of?: { type?: string; def?: () => { fields: Record<string, FieldDef> } } };
type Row = { field: string; type: string; required: string; meaning: string };

/** Every field of a contentlayer document type, nested fields as `seo.title` and list items as `category[].label`. */
function schemaRows(fields: Record<string, FieldDef>, prefix = ''): Omit<Row, 'meaning'>[] {
  return Object.entries(fields).flatMap(([name, def]) => {
    const row = { field: `${prefix}${name}`, type: def.type, required: def.required ? 'yes' : 'no' };
    const nested = def.of?.def?.().fields;
    if (!nested) return [row];
    return [row, ...schemaRows(nested, def.type === 'list' ? `${prefix}${name}[].` : `${prefix}${name}.`)];
  });
}

const fieldsOf = (type: unknown) => (type as { def: () => { fields: Record<string, FieldDef> } }).def().fields;

/** The rows of the markdown table that follows `heading` in the README's frontmatter reference. */
function readmeRows(heading: string): Row[] {
  const readme = fs.readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('### Frontmatter reference'));
  const lines = section.slice(section.indexOf(heading)).split('\n');
  const table = lines.slice(lines.findIndex((l) => l.startsWith('| field |')) + 2);
  return table
    .slice(0, table.findIndex((l) => !l.startsWith('|')))
    .map((l) => l.slice(1, -1).split(' | ').map((c) => c.trim()))
    .map(([field = '', type = '', required = '', meaning = '']) => ({ field: field.replace(/`/g, ''), type, required, meaning }));
}

describe('README frontmatter reference', () => {
  it.each([
    ['Posts (', Post],
    ['Author profiles (', Author],
  ])('the table after "%s" lists exactly the fields of contentlayer.config.ts, with their type and whether required', (heading, type) => {
    const rows = readmeRows(heading);
    expect(rows.map(({ field, type: t, required }) => ({ field, type: t, required }))).toEqual(schemaRows(fieldsOf(type)));
    for (const row of rows) expect(row.meaning.length, row.field).toBeGreaterThan(10);
  });
});

/** The code block under "## Map of the house". */
function mapBlock(): string[] {
  const readme = fs.readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Map of the house'));
  const start = section.indexOf('```\n') + 4;
  return section.slice(start, section.indexOf('\n```', start)).split('\n');
}

const PATH_TOKEN = /^[\w.[\]-]+(\/[\w.[\]-]+)*\/?$/;

/**
 * Every path the map names, resolved against the folders above it: a line's left column (before a
 * gap of two spaces) holds paths relative to the nearest less-indented folder line.
 */
function mapPaths(): string[] {
  const stack: string[] = [];
  const paths: string[] = [];
  for (const line of mapBlock()) {
    const depth = (line.length - line.trimStart().length) / 2;
    const left = line.trim().split(/ {2,}/)[0] ?? '';
    const tokens = left.split(' ');
    if (!tokens.every((t) => PATH_TOKEN.test(t))) continue;
    stack.length = depth;
    const base = stack.join('');
    for (const token of tokens) paths.push(base + token);
    if (tokens.length === 1 && tokens[0]!.endsWith('/')) stack[depth] = tokens[0]!;
  }
  return paths;
}

const modules = (dir: string): string[] =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();

describe('README map of the house', () => {
  const named = mapPaths();

  it('names only files and folders that exist', () => {
    expect(named.length).toBeGreaterThan(50);
    expect(named.filter((p) => !fs.existsSync(p.replace(/\/$/, '')))).toEqual([]);
  });

  it('names every module of lib/, in its folder', () => {
    expect(modules('lib').filter((file) => !named.includes(file))).toEqual([]);
  });

  it('names every folder of components/', () => {
    const folders = fs.readdirSync('components', { withFileTypes: true }).filter((e) => e.isDirectory());
    const line = mapBlock().find((l) => l.trim().startsWith('layout/'))!;
    expect(folders.map((f) => `${f.name}/`).filter((f) => !line.split(/\s+/).includes(f))).toEqual([]);
  });
});

describe('README spec table', () => {
  it('has one row per e2e spec, and no row for a spec that does not exist', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('| spec | what it proves |')).split('\n').slice(2);
    const rows = table.slice(0, table.findIndex((l) => !l.startsWith('|'))).map((l) => /^\| `([^`]+)` \|/.exec(l)?.[1]);
    const specs = fs.readdirSync('e2e').filter((f) => f.endsWith('.spec.ts')).map((f) => f.replace(/\.spec\.ts$/, ''));
    expect([...rows].sort()).toEqual(specs.sort());
  });
});
