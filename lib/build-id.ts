import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { siteUrl } from './env';

/*
 * next build's build id, from the code and not the clock: Next writes it into every page, so with
 * a random id (its default) one edited post changed all 10,000 pages of the next build. The same
 * code, dependencies and origin give the same id; the content is not part of it.
 */

/** Every file and folder the built site is made from (tsconfig.build.json type-checks their TypeScript, test/build-typecheck.test.ts). */
export const BUILD_INPUTS = ['app', 'components', 'lib', 'proxy.ts', 'package-lock.json', 'next.config.ts', 'contentlayer.config.ts', 'postcss.config.mjs', 'tsconfig.json', 'tsconfig.build.json'];

/** Tests beside the code, which are no part of the build. */
export const TEST_FILE = /\.test\.tsx?$/;

/** A hash of every source file that shapes the built site (tests left out), the origin, and the output kind. */
export function codeBuildId(root: string, output: string): string {
  const hash = crypto.createHash('sha256').update(`${siteUrl()}\n${output}\n`);
  const visit = (relative: string) => {
    const full = path.join(root, relative);
    const stat = fs.statSync(full, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(full).sort()) visit(path.join(relative, name));
    } else if (!TEST_FILE.test(relative)) {
      hash.update(`${relative}\n`).update(fs.readFileSync(full));
    }
  };
  BUILD_INPUTS.forEach(visit);
  return hash.digest('hex').slice(0, 20);
}
