import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Only lib/content/source.ts reads contentlayer's output; everything else asks lib/content/queries.ts.
const contentBoundary = {
  paths: [{ name: 'contentlayer/generated', message: 'Only lib/content/source.ts reads the generated content; import the queries of lib/content/queries.ts instead.' }],
  patterns: [{ group: ['**/.contentlayer/**'], message: 'Only lib/content/source.ts reads the generated content.' }],
};

/*
 * The arrows run downward: app -> components -> lib, and inside lib each folder imports only the
 * folders listed for it (and lib/site.ts, paths.ts, env.ts, which import no folder). So no two lib
 * folders import each other, and lib never imports components or app.
 */
const LIB_LAYERS = {
  media: [],
  rules: ['media'],
  content: ['rules', 'media'],
  search: ['rules'],
  og: ['rules', 'content'],
  syndication: ['rules', 'content', 'og'],
  seo: ['rules', 'content', 'og', 'syndication'],
  authoring: ['rules', 'content'],
  dev: ['rules', 'content', 'authoring'],
  legacy: ['rules', 'content'],
  security: [],
};
const FOLDERS = Object.keys(LIB_LAYERS);
const forms = (target) => [`@/${target}`, `@/${target}/**`, `**/${target}`, `**/${target}/**`];
const upward = { group: ['app', 'components'].flatMap(forms), message: 'lib/ never imports components/ or app/: the arrows run app -> components -> lib.' };
const folderGroup = (f) => [...forms(`lib/${f}`), `../${f}`, `../${f}/**`, `./${f}`, `./${f}/**`];
const forbiddenFrom = (folder) => FOLDERS.filter((f) => f !== folder && !(LIB_LAYERS[folder] ?? []).includes(f));
const layerMessage = (folder) =>
  folder ? `lib/${folder}/ may import only ${LIB_LAYERS[folder].map((f) => `lib/${f}/`).join(', ') || 'no lib folder'} besides lib/site.ts, paths.ts and env.ts (LIB_LAYERS in eslint.config.mjs).` : 'lib/site.ts, paths.ts and env.ts are the bottom: they import no lib folder.';
/** no-restricted-imports for the files of a lib folder (null: the top files); `boundary` false only for lib/content/source.ts. */
const libRule = (folder, boundary = true) => {
  const layer = { group: forbiddenFrom(folder).flatMap(folderGroup), message: layerMessage(folder) };
  const patterns = [...(boundary ? contentBoundary.patterns : []), upward, ...(layer.group.length ? [layer] : [])];
  return ['error', boundary ? { paths: contentBoundary.paths, patterns } : { patterns }];
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', 'out/**', '.contentlayer/**', 'node_modules/**', 'next-env.d.ts', 'bench/work/**', 'public/pagefind/**', 'public/admin/**', 'test-results/**', 'playwright-report/**', '.e2e/**']),
  {
    rules: {
      'no-restricted-imports': ['error', contentBoundary],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['components/**'],
    rules: { 'no-restricted-imports': ['error', { ...contentBoundary, patterns: [...contentBoundary.patterns, { group: forms('app'), message: 'components/ never imports app/.' }] }] },
  },
  // The benchmark's bare blog is an app of its own: a plain contentlayer2 blog imports allPosts where it needs it.
  { files: ['bench/bare-blog/**'], rules: { 'no-restricted-imports': 'off' } },
  { files: ['lib/*.ts'], rules: { 'no-restricted-imports': libRule(null) } },
  ...FOLDERS.map((folder) => ({ files: [`lib/${folder}/**`], rules: { 'no-restricted-imports': libRule(folder) } })),
  { files: ['lib/content/source.ts'], rules: { 'no-restricted-imports': libRule('content', false) } },
  { files: ['lib/**'], rules: { 'import/no-cycle': 'error' } },
  // CommonJS on purpose: npm start must size libuv's pool before an ES module's file read starts it (scripts/thread-pool.cjs).
  { files: ['scripts/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
]);
