// Types of what the tests use from bench/lib/measure.mjs.
export const available: boolean;
export type Measured = {
  code: number | null;
  wallMs: number;
  /** The larger of cpuWaitedMs and cpuSampledMs. */
  cpuMs: number | null;
  /** bash's `times`: the descendants that were waited for. */
  cpuWaitedMs: number | null;
  /** Each process's own CPU time at its last sample of /proc. */
  cpuSampledMs: number | null;
  /** Each process seen: its command line (up to 1,000 characters) and its own CPU at its last sample, most first. */
  processes: { command: string; cpuMs: number }[];
  peakTreeRssMB: number;
  peakProcessRssMB: number;
  peakProcesses: number;
  atPeak: { command: string; rssMB: number }[];
  output: string;
};
export function treeRssMB(root: number): number;
export function treeCpuSeconds(root: number): number;
export function measured(command: string, options?: { cwd?: string; env?: NodeJS.ProcessEnv; intervalMs?: number; echo?: boolean; label?: string }): Promise<Measured>;
