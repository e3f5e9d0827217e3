export function markdownTable(results: object[]): string;
