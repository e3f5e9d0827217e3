import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(__dirname) } },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.tsx', 'scripts/**/*.test.ts', 'test/**/*.test.ts', 'bench/lib/**/*.test.ts'],
    environment: 'node',
    // lib/content/queries.ts reads contentlayer output built from test/fixtures/content by the global setup.
    globalSetup: ['test/global-setup.ts'],
    env: {
      CONTENTLAYER_DIR: path.resolve(__dirname, '.contentlayer/test/content/.contentlayer/generated'),
      SITE_URL: 'https://blog.example.org',
    },
  },
});
