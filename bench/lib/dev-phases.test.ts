import { describe, expect, it } from 'vitest';
import { devPhases, devPhasesLine, logStamper } from './dev-phases.mjs';

// npm run dev's log at 10,000 posts (2026-12-07), as the bench's copy wrote it; one warning of 2,179 kept.
const LOG = `[contentlayer2] contentlayer2's documents to make: 10039, on 2 cores
[contentlayer2] contentlayer2's documents made in parallel: 10039 in 57434 ms
[contentlayer2] contentlayer2's generation takes its 10039 documents from the cache in memory
warning: content/posts/airship-announces-5g-workloads-2.md: author "Brian McArthur" has no profile (the author page shows only the posts).
[contentlayer2] Generated 10039 documents in .contentlayer (65187 ms)
[dev] first content generation took 65.7 s; starting next dev.
▲ Next.js 16.4.6 (Turbopack)
- Local:         http://127.0.0.1:3990
✓ Ready in 899ms
○ Compiling /blog/[slug] ...
 GET /blog/openstack-celebrates-hybrid-cloud-support-3 200 in 3.3s (next.js: 316ms, generate-params: 1223ms, application-code: 1803ms)
 GET /blog/openstack-celebrates-hybrid-cloud-support-3 200 in 41ms (next.js: 2ms, application-code: 39ms)
`.split('\n');

/** The log as the bench polls it: each line written at the second its index gives, polled every second. */
function stamped(lines: string[]) {
  let written = '';
  let second = 0;
  const stamper = logStamper((offset) => Buffer.from(written).subarray(offset), () => second);
  for (const [i, line] of lines.entries()) {
    second = i;
    written += line === '' ? '' : `${line}\n`;
    stamper.poll();
  }
  return stamper.entries;
}

describe('devPhases', () => {
  it('reads when each stage appeared, the documents\' own figure and Next\'s breakdown of the first request for the page', () => {
    expect(devPhases(stamped(LOG), '/blog/openstack-celebrates-hybrid-cloud-support-3')).toEqual({
      documentsMadeS: 1,
      generatedS: 4,
      nextReadyS: 8,
      compileStartS: 9,
      documents: { count: 10039, ms: 57434 },
      firstRequest: { ms: 3300, parts: { 'next.js': 316, 'generate-params': 1223, 'application-code': 1803 } },
    });
  });

  it('gives null for what did not happen: one process made the documents, and no request for this page was logged', () => {
    const lines = LOG.filter((l) => !l.includes('made in parallel'));
    const phases = devPhases(stamped(lines), '/blog/another-post');
    expect(phases.documentsMadeS).toBeNull();
    expect(phases.documents).toBeNull();
    expect(phases.firstRequest).toBeNull();
    expect(phases.nextReadyS).toBe(7);
  });

  it('stamps a line when it is whole, however the writes cut it', () => {
    let second = 0;
    // Cut inside the "✓" (3 bytes in UTF-8), then inside the line.
    const bytes = Buffer.from('✓ Ready in 899ms\n○ Compiling /\n');
    const reads = [bytes.subarray(0, 1), bytes.subarray(1, 8), bytes.subarray(8)];
    const stamper = logStamper(() => reads.shift() ?? Buffer.alloc(0), () => second);
    stamper.poll();
    stamper.poll();
    second = 5;
    stamper.poll();
    expect(stamper.entries).toEqual([
      { atS: 5, line: '✓ Ready in 899ms' },
      { atS: 5, line: '○ Compiling /' },
    ]);
  });
});

describe('devPhasesLine', () => {
  it('says each stage and the first request in one line, a dash for a stage not seen', () => {
    const phases = devPhases(stamped(LOG.filter((l) => !l.startsWith('○'))), '/blog/openstack-celebrates-hybrid-cloud-support-3');
    expect(devPhasesLine(phases)).toBe(
      'documents made at 1 s (10039 in 57.4 s, as the log says), written at 4 s, next dev ready at 8 s, compiling from –; the first request 3300 ms (next.js 316 ms, generate-params 1223 ms, application-code 1803 ms)',
    );
  });
});
