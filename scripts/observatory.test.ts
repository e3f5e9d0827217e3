import { describe, expect, it } from 'vitest';
import { observatoryScore } from './observatory.mjs';

const results = (...names: string[]) => names.map((result) => ({ result }));

describe('observatoryScore', () => {
  it('gives A+ with bonuses to the headers lib/security sends', () => {
    expect(
      observatoryScore(
        results('csp-implemented-with-no-unsafe-default-src-none', 'cookies-not-found', 'referrer-policy-private', 'x-content-type-options-nosniff', 'x-frame-options-implemented-via-csp', 'corp-not-implemented'),
      ),
    ).toEqual({ score: 120, grade: 'A+' });
  });

  it('grades a site without them far lower, and withholds bonuses below 90', () => {
    const bare = results('csp-not-implemented', 'x-content-type-options-not-implemented', 'x-frame-options-not-implemented', 'referrer-policy-not-implemented');
    expect(observatoryScore(bare)).toEqual({ score: 50, grade: 'C' });
    expect(observatoryScore([...bare, { result: 'referrer-policy-private' }])).toEqual({ score: 50, grade: 'C' });
  });
});
