import { execFileSync } from 'node:child_process';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import nextConfig from '../next.config';
import { BUILD_INPUTS, TEST_FILE } from '../lib/build-id';

// next build type-checks the code it builds, not the tests, scripts and bench (npm run typecheck,
// in npm test, checks the whole tree): the TypeScript among the inputs the build id is made from.
const root = path.resolve(__dirname, '..');
const isBuilt = (file: string) => !TEST_FILE.test(file) && BUILD_INPUTS.some((input) => file === input || file.startsWith(`${input}/`));

function buildFiles(): Set<string> {
  const tsconfigPath = nextConfig('phase-production-build').typescript?.tsconfigPath;
  expect(tsconfigPath).toBe('tsconfig.build.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(root, tsconfigPath!), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => void expect.fail(String(d.messageText)) });
  expect(parsed?.errors).toEqual([]);
  return new Set(parsed!.fileNames.map((f) => path.relative(root, f)));
}

describe("next build's TypeScript check", () => {
  const files = buildFiles();
  const tracked = execFileSync('git', ['ls-files', '*.ts', '*.tsx'], { cwd: root, encoding: 'utf8' }).trim().split('\n');

  it('covers every source file the site is built from', () => {
    const built = tracked.filter(isBuilt);
    expect(built.length).toBeGreaterThan(100);
    expect(built.filter((f) => !files.has(f))).toEqual([]);
  });

  it('leaves out the tests, scripts and bench, which npm run typecheck checks', () => {
    const others = tracked.filter((f) => !isBuilt(f));
    expect(others.some((f) => f.startsWith('e2e/'))).toBe(true);
    expect(others.filter((f) => files.has(f))).toEqual([]);
  });
});
