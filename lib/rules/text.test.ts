import { describe, expect, it } from 'vitest';
import { decodeEntities, truncateAtWord } from './text';

describe('decodeEntities', () => {
  it('decodes named, decimal and hex references and leaves unknown ones as written', () => {
    expect(decodeEntities('Fish &amp; chips&nbsp;&lt;today&gt; &quot;x&quot; &apos;y&apos; &#8217; &#x2019; &bogus; &#0;')).toBe(
      'Fish & chips\u00a0<today> "x" \'y\' ’ ’ &bogus; &#0;',
    );
  });
});

describe('truncateAtWord', () => {
  it('keeps text that fits, whole', () => {
    expect(truncateAtWord('exactly ten', 11)).toBe('exactly ten');
  });
  it('cuts at the last space, drops trailing punctuation and never passes the limit', () => {
    const cut = truncateAtWord('alpha beta, gamma delta', 13);
    expect(cut).toBe('alpha beta…');
    expect(cut.length).toBeLessThanOrEqual(13);
  });
  it('cuts inside a word only when no space falls in the second half', () => {
    expect(truncateAtWord(`ab ${'x'.repeat(30)}`, 10)).toBe(`ab ${'x'.repeat(6)}…`);
  });
});
