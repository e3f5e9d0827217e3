export type ObservatoryTest = { name: string; result: string; pass: boolean; modifier: number };
export const HTTPS_ONLY: Set<string>;
export function observatoryScore(results: { result: string }[]): { score: number; grade: string };
export function observatory(baseUrl: string, pagePath?: string): Promise<{ status: number; score: number; grade: string; tests: ObservatoryTest[] }>;
