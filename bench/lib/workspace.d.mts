export function prepareWorkspace(root: string, dir: string): string;
export function prepareBaseline(root: string, dir: string): string;
export function prepareBareBlog(root: string, dir: string, contentDir: string): string;
export function dirBytes(dir: string, skip?: string[]): { bytes: number; files: number };
