/**
 * `npm run import -- <file>… [--date YYYY-MM-DD] [--author "Name"] [--category "Label"] [--out-dir dir] [--dry-run]`:
 * turns CMS markdown or plain-text articles into posts, reporting every change. Never overwrites.
 */
import path from 'node:path';
import { contentDir as contentFolder } from '../lib/env';
import { importCommand } from '../lib/authoring/import-command';

const contentDir = path.resolve(contentFolder());
const result = importCommand(process.argv.slice(2), { contentDir, publicDir: path.resolve('public') });
result.out.forEach((line) => console.log(line));
result.err.forEach((line) => console.error(line));
process.exitCode = result.exitCode;
