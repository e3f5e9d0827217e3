export function isSearchable(html: string): boolean;
export function buildSearchIndex(siteDir: string, outputDir: string): Promise<{ pages: number; files: number; bytes: number }>;
export type SearchIndex = {
  offer(relativeFile: string, html: string): Promise<void>;
  finish(): Promise<{ pages: number; files: number; bytes: number }>;
  abandon(): Promise<void>;
};
export function openSearchIndex(siteDir: string, outputDir: string): Promise<SearchIndex>;
