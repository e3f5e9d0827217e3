// Types of what the tests use from bench/lib/build.mjs.
export const PROCESS_KINDS: [string, RegExp][];
export function cpuByKind(processes: { command: string; cpuMs: number }[], kinds?: [string, RegExp][]): Record<string, number>;
