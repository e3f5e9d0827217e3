import fs from 'node:fs';
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
