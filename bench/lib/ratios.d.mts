export type PageKind = 'home' | 'article' | 'category' | 'author';
export const PAGE_KINDS: PageKind[];
export function ratio(site: unknown, bare: unknown): number | null;
export type BareRatios = {
  buildWall: number | null;
  buildCpu: number | null;
  peakMemory: number | null;
  rps: number | null;
  p50: number | null;
  p99: number | null;
  htmlGzip: number | null;
  jsGzip: number | null;
  lighthouse: Record<PageKind, number | null>;
};
export function bareRatios(result: object): BareRatios;
