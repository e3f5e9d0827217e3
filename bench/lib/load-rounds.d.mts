// Types of what the tests use from bench/lib/load-rounds.mjs.
export type Load = { tool?: string; connections?: number; seconds?: number; rps: number | null; p50Ms: number | null; p99Ms: number | null; serverCpuUsPerRequest?: number | null; requests?: number | null; errors?: number };
export type MedianLoad = Load & { requests: number; errors: number; rounds: { rps: number | null; p99Ms: number | null; serverCpuUsPerRequest?: number | null }[] };
export function roundOrder<T>(targets: T[], round: number): T[];
export function medianLoad(runs: Load[]): MedianLoad;
export function loadRounds<T extends { key: string }>(targets: T[], rounds: number, measure: (target: T) => Load, log?: (line: string) => void): Record<string, MedianLoad>;
