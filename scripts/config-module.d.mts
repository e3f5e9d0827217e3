// Types of what the tests use from scripts/config-module.mjs.

/** The config module contentlayer2 compiled to `filePath`; a later `attempt` imports the file anew. */
export declare function importConfigModule(filePath: string, attempt?: number): Promise<{ documentTypes: unknown[] } & Record<string, unknown>>;
