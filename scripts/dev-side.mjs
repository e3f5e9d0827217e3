// npm run dev's side work, which no page waits for: the validator's report on the terminal (and
// again on every change to the content folder), and /admin's files (written once, config.json again
// when a save names a new category). scripts/dev.mjs runs this as a child at the lowest CPU priority
// so it takes only the time contentlayer2's generation and next dev leave idle: at 10,000 posts it
// costs ~5 CPU-s at start (the validator's first pass, loading contentlayer.config.ts for the CMS's
// fields, reading every post's categories), which in the parent, synchronous, slowed the generation's
// last step by ~3 s (README, Performance) and held up the parent that starts next dev.
//
// `node scripts/dev-side.mjs [--cms]`: --cms writes /admin for the local backend (the parent checked
// that decap-server's port is free). Tells the parent over IPC `{ cms: true }` once /admin is written,
// or `{ cms: false }` when it cannot be.
import path from 'node:path';
import { tsImport } from 'tsx/esm/api';

const root = process.cwd();
const { contentDir: contentDirSetting } = await tsImport('../lib/env.ts', import.meta.url);
const { formatStatus, watchContent, watchTree } = await tsImport('../lib/dev/watch.ts', import.meta.url);
const { writeAdmin, writeCmsConfig } = await import('./cms-admin.mjs');

const say = (message) => console.log(`[dev] ${message}`);
const tell = (message) => process.send?.(message);
const contentDir = path.resolve(contentDirSetting());

// /admin first: next dev starts once it is written (or refused) and the generation is out.
if (process.argv.includes('--cms')) {
  let written = false;
  let saveTimer;
  // Watching from before /admin is written: a save during the writing still reaches config.json.
  watchTree(contentDir, () => {
    clearTimeout(saveTimer);
    // A category first used in a saved post joins the CMS's list.
    saveTimer = setTimeout(() => written && writeCmsConfig({ dev: true }).catch((error) => say(`/admin/config.json not updated: ${error.message}`)), 300);
  });
  try {
    await writeAdmin({ dev: true });
    written = true;
  } catch (error) {
    say(`/admin is not available: ${error.message}`);
  }
  tell({ cms: written });
}

const watcher = watchContent({
  contentDir,
  publicDir: path.join(root, 'public'),
  onStatus: (status) => console.log(`\n[content:check]\n${formatStatus(status)}\n`),
});
console.log(`[content:check] ${contentDir}\n${formatStatus(watcher.current())}`);
