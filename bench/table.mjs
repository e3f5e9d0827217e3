#!/usr/bin/env node
// Prints one markdown table of every result in bench/results/ (or of the files given), one column per size.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownTable } from './lib/report.mjs';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results');
const files = process.argv.length > 2 ? process.argv.slice(2) : fs.readdirSync(dir).filter((f) => /^\d+\.json$/.test(f)).map((f) => path.join(dir, f));
const results = files.map((f) => JSON.parse(fs.readFileSync(f, 'utf8'))).sort((a, b) => a.posts - b.posts);
console.log(markdownTable(results));
