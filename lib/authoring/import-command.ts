import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { convertDocument, type ImportFlags } from './import';
import type { CommandResult } from './new-post';
import { existingPostSlugs, targetRefusal, writeNewFile } from './post-files';
import { checkContext, checkPost, formatProblem } from './validate';
import { archiveLines, importArchive } from './archive';
import { displayPath as rel } from '../content/files';

export type ImportOptions = { flags: ImportFlags; outDir: string; dryRun: boolean; publicDir: string };

/** What happened to one input file: written (or, in a dry run, not) with its changes, or refused with the reasons. */
export type FileReport =
  | { input: string; output: string; changes: string[]; notes: string[]; warnings: string[] }
  | { input: string; refusals: string[] };


/**
 * Imports documents into `outDir`: converts each, checks the result with the content rules, and
 * writes `<slug>.md` unless a file or another post already has that URL. Never overwrites.
 */
export function importFiles(inputs: string[], options: ImportOptions): FileReport[] {
  // The profiles beside `outDir`, so an import is checked exactly as content:check checks it.
  const ctx = checkContext(path.join(path.dirname(options.outDir), 'authors'), options.publicDir);
  const taken = existingPostSlugs(options.outDir);
  return inputs.map((input): FileReport => {
    if (!fs.existsSync(input) || !fs.statSync(input).isFile()) return { input, refusals: [`${input} is not a file`] };
    const converted = convertDocument(fs.readFileSync(input, 'utf8'), options.flags);
    if ('refusals' in converted) return { input, refusals: converted.refusals };
    const output = path.join(options.outDir, `${converted.slug}.md`);
    const clash = targetRefusal(options.outDir, converted.slug, taken);
    if (clash) return { input, refusals: [clash] };
    const problems = checkPost(rel(output), converted.source, ctx).problems;
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) return { input, refusals: errors.map((p) => formatProblem(p).replace(/\n\s*/, ' ')) };
    if (!options.dryRun) writeNewFile(output, converted.source);
    taken.set(converted.slug, rel(output));
    const warnings = problems.map((p) => formatProblem(p).replace(/\n\s*/, ' '));
    return { input, output: rel(output), changes: converted.changes, notes: converted.notes, warnings };
  });
}

const USAGE =
  'usage: npm run import -- <file>… [--date YYYY-MM-DD] [--author "Name"] [--category "Label"] [--out-dir content/posts] [--dry-run]\n' +
  '   or: npm run import -- --archive <checkout of the CMS repository> [--dry-run]';

/** `npm run import -- --archive <checkout> [--dry-run]`: exit 1 when anything was refused. */
function archiveCommand(checkout: string, extra: string[], dryRun: boolean, env: { contentDir: string; publicDir: string }): CommandResult {
  if (extra.length > 0) return { exitCode: 2, out: [], err: [`import: --archive takes the whole checkout; leave out ${extra.join(' ')}`, USAGE] };
  if (!fs.existsSync(checkout) || !fs.statSync(checkout).isDirectory()) return { exitCode: 2, out: [], err: [`import: ${checkout} is not a folder`, USAGE] };
  const report = importArchive(path.resolve(checkout), { contentDir: env.contentDir, publicDir: env.publicDir, dryRun });
  const refused = report.posts.refused.length + report.profiles.refused.length + report.images.refused.length;
  return { exitCode: refused > 0 ? 1 : 0, out: archiveLines(report, dryRun), err: [] };
}

/** `npm run import -- <file>… [flags]`: what it prints, and exit code 1 when any file was refused. */
export function importCommand(argv: string[], env: { contentDir: string; publicDir: string }): CommandResult {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        date: { type: 'string' },
        author: { type: 'string' },
        category: { type: 'string' },
        'out-dir': { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        archive: { type: 'string' },
      },
    });
  } catch (error) {
    return { exitCode: 2, out: [], err: [`import: ${(error as Error).message}`, USAGE] };
  }
  if (parsed.values.archive !== undefined) return archiveCommand(parsed.values.archive, parsed.positionals, parsed.values['dry-run'] === true, env);
  if (parsed.positionals.length === 0) return { exitCode: 2, out: [], err: ['import: give at least one file', USAGE] };
  const { date, author, category } = parsed.values;
  const dryRun = parsed.values['dry-run'] === true;
  const outDir = path.resolve(parsed.values['out-dir'] ?? path.join(env.contentDir, 'posts'));
  const reports = importFiles(parsed.positionals, { flags: { date, author, category }, outDir, dryRun, publicDir: env.publicDir });
  const out: string[] = [];
  for (const r of reports) {
    if ('refusals' in r) {
      out.push(`refused ${r.input}: nothing written`, ...r.refusals.map((x) => `  - ${x}`));
      continue;
    }
    out.push(`${dryRun ? 'would write' : 'wrote'} ${r.output} from ${r.input}`);
    out.push(...(r.changes.length > 0 ? r.changes.map((c) => `  change: ${c}`) : ['  change: none, the file was already in the site\'s format']));
    out.push(...r.notes.map((n) => `  note: ${n}`), ...r.warnings.map((w) => `  ${w}`));
  }
  const refused = reports.filter((r) => 'refusals' in r).length;
  const done = reports.length - refused;
  out.push(`import: ${done} ${dryRun ? 'would be written (dry run, nothing written)' : 'written'}, ${refused} refused`);
  return { exitCode: refused > 0 ? 1 : 0, out, err: [] };
}
