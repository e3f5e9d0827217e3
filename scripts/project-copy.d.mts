export function prepareWorkspace(root: string, dir: string): string;
