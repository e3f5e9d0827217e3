// The config module contentlayer2 compiles (scripts/contentlayer-source.mjs's loadSource), imported
// on its own: kept apart from contentlayer-source.mjs so that its test loads no contentlayer2.
import { pathToFileURL } from 'node:url';

/**
 * The config module contentlayer2 compiled to `filePath`, imported: a file read while another
 * process rewrites it can end before its exports and import as a module without them (a first
 * `npm run dev` of 10,000 posts refused its content: "Cannot read properties of undefined"). That
 * is an error here, and a later `attempt` imports the file anew instead of the module Node cached.
 */
export async function importConfigModule(filePath, attempt = 1) {
  const url = pathToFileURL(filePath).href;
  const configModule = await import(attempt > 1 ? `${url}?attempt=${attempt}` : url);
  if (!Array.isArray(configModule.documentTypes)) throw new Error(`${filePath} has no documentTypes: read while another process was writing it?`);
  return configModule;
}
