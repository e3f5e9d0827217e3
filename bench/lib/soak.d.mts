// Types of what the tests use from bench/lib/soak.mjs.
export type SoakTarget = { path: string; status: number };
export type UrlSummary = { path: string; requests: number; p50Ms: number; p99Ms: number; meanMs: number; maxMs: number };
export type MinuteSummary = { minute: number; requests: number; errors: number; notFound: number; p50Ms: number; p99Ms: number };
export function summariseUrls(byPath: Map<string, number[]>): UrlSummary[];
export function soak(options: {
  baseUrl: string;
  serverPid: number;
  targets: SoakTarget[];
  seconds?: number;
  connections?: number;
  warmupS?: number;
  onMinute?: (minute: MinuteSummary) => void;
}): Promise<{
  requests: number;
  errors: number;
  notFound: number;
  unexpected: Record<string, number>;
  perMinute: MinuteSummary[];
  byUrl: UrlSummary[];
  pass: boolean;
}>;
