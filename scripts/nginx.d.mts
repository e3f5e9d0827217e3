export function findNginx(): string | null;
export function siteConfig(options: { root: string; port: number; source?: string }): string;
export function mainConfig(options: { prefix: string; mimeTypes: string }): string;
export function startNginx(options: { root: string; port: number; prefix: string }): Promise<{ url: string; pid: number; stop: () => Promise<void> }>;
