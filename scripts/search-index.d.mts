export function pageUrl(relativeFile: string): string;
export function isSearchable(html: string): boolean;
export function buildSearchIndex(siteDir: string, outputDir: string): Promise<{ pages: number; files: number; bytes: number }>;
