export function outputHashes(dir: string): Map<string, string>;
export function outputChanges(before: Map<string, string>, after: Map<string, string>): string[];
export function freshCheckoutWithCache(dir: string): void;
export function editBody(postFile: string): void;
export function publishedPost(text: string, slug: string, date: Date): string;
export function pagesNaming(dir: string, changed: string[], slug: string): Set<string>;
export function unexpectedChanges(changed: string[], allowed: Set<string>): string[];
