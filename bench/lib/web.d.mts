// Types of what the tests use from bench/lib/web.mjs.
import type { Load } from './load-rounds.d.mts';

export const WRK_START: string;
export function load(
  url: string,
  options: { seconds?: number; connections?: number; root: string; warmupSeconds?: number; beforeMeasure?: () => void; serverPid?: number | null },
): Load & { tool: string };
