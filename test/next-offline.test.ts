import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { afterAll, describe, expect, it } from 'vitest';
import nextConfig from '../next.config';

// Nothing reaches the network at build or run time: what Next 16.5 would otherwise fetch or post.

const root = path.resolve(__dirname, '..');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'telemetry-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/**
 * What Next's telemetry decides in a project directory, the way next dev, build and start decide
 * it: @next/env loads the directory's .env files, then the Telemetry constructor reads the
 * environment. Run in a child with the variable unset and a fresh home, so neither the caller's
 * environment nor a machine-wide `next telemetry disable` can answer for the project.
 */
function telemetryDisabledIn(dir: string): boolean {
  const script = `
    const [dir, home, envModule, storageModule] = process.argv.slice(1);
    require(envModule).loadEnvConfig(dir, false, { info() {}, error() {} });
    const { Telemetry } = require(storageModule);
    process.stdout.write(String(new Telemetry({ distDir: require('node:path').join(home, '.next') }).isDisabled));
  `;
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: scratch, XDG_CONFIG_HOME: path.join(scratch, 'config') };
  delete env.NEXT_TELEMETRY_DISABLED;
  const out = execFileSync(process.execPath, ['-e', script, dir, scratch, require.resolve('@next/env'), require.resolve('next/dist/telemetry/storage')], { cwd: scratch, env, encoding: 'utf8' });
  return out.trim() === 'true';
}

describe('Next telemetry: the project never posts to telemetry.nextjs.org', () => {
  it('is off in this project for every next command, from the committed .env', () => {
    expect(fs.readFileSync(path.join(root, '.env'), 'utf8')).toMatch(/^NEXT_TELEMETRY_DISABLED=1$/m);
    expect(telemetryDisabledIn(root)).toBe(true);
  });

  it('would be on in a directory without it (the check above can fail)', () => {
    const bare = fs.mkdtempSync(path.join(scratch, 'bare-'));
    expect(telemetryDisabledIn(bare)).toBe(false);
  });
});

describe('next.config: no agent files, no advisory requests', () => {
  it('turns off AGENTS.md and the registry check under next dev and next build', () => {
    for (const phase of [PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD]) {
      const config = nextConfig(phase);
      expect(config.agentRules).toBe(false);
      expect(config.experimental?.agentUpgrade).toBe(false);
    }
  });
});
