// Types of what the tests use from scripts/content-prefill.mjs.

/** What content:build says of the split. */
export declare const SPLIT_LINES: {
  toMake(documents: number, processes: number): string;
  made(documents: number, ms: number): string;
  failed(reason: string): string;
  inMemory(documents: number): string;
};

