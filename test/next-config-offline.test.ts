import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { describe, expect, it } from 'vitest';
import nextConfig from '../next.config';

describe('next.config: no agent files, no advisory requests', () => {
  it('turns off AGENTS.md and the registry check under next dev and next build', () => {
    for (const phase of [PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD]) {
      const config = nextConfig(phase);
      expect(config.agentRules).toBe(false);
      expect(config.experimental?.agentUpgrade).toBe(false);
    }
  });
});
