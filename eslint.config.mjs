import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const contentBoundary = {
  paths: [{ name: 'contentlayer/generated', message: 'Only lib/content/source.ts reads the generated content; import the queries of lib/content/queries.ts instead.' }],
  patterns: [{ group: ['**/.contentlayer/**'], message: 'Only lib/content/source.ts reads the generated content.' }],
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next/**', 'out/**', '.contentlayer/**', 'node_modules/**', 'next-env.d.ts', 'bench/work/**', 'public/pagefind/**', 'test-results/**', 'playwright-report/**']),
  {
    rules: {
      'no-restricted-imports': ['error', contentBoundary],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['lib/content/source.ts'], rules: { 'no-restricted-imports': 'off' } },
]);
