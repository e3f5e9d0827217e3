/**
 * `npm run new -- "Post title" [--author "Name"] [--category "Label"]`: writes content/posts/<slug>.md
 * with complete frontmatter and prints its path. Never overwrites; opens nothing.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { contentDir } from '../lib/env';
import { newPostCommand } from '../lib/authoring/new-post';

function gitUserName(): string | null {
  try {
    return execFileSync('git', ['config', 'user.name'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

const postsDir = path.resolve(contentDir(), 'posts');
const result = newPostCommand(process.argv.slice(2), { postsDir, now: new Date(), gitUserName });
result.out.forEach((line) => console.log(line));
result.err.forEach((line) => console.error(line));
process.exitCode = result.exitCode;
