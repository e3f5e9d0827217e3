// Types of what the tests use from bench/lib/dev-phases.mjs.
export type Stamped = { atS: number; line: string };
export function logStamper(readFrom: (offset: number) => Buffer, now: () => number): { entries: Stamped[]; poll(): void };
export type DevPhases = ReturnType<typeof devPhases>;
export function devPhasesLine(phases: DevPhases): string;
export function devPhases(
  entries: Stamped[],
  path: string,
): {
  documentsMadeS: number | null;
  generatedS: number | null;
  nextReadyS: number | null;
  compileStartS: number | null;
  documents: { count: number; ms: number } | null;
  firstRequest: { ms: number; parts: Record<string, number> } | null;
};
