export type HandleResult = { handle: string | null; warning: string | null };

const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
const PROFILE_URL = /^(?:https?:\/\/)?(?:www\.|mobile\.)?(?:twitter|x)\.com\/@?([^/?#\s]+)\/?(?:[?#].*)?$/i;
// Pages of twitter.com / x.com that are not anyone's profile.
const NOT_PROFILES = new Set(['home', 'intent', 'share', 'i', 'search', 'hashtag', 'explore', 'settings', 'login', 'signup', 'messages', 'notifications']);

/**
 * Normalises what the archive writes in `seo.twitterUsername` ("@OpenInfraDev", "OpenInfraDev",
 * "twitter.com/openinfradev", trailing spaces) to one "@handle". Anything else is refused with a warning.
 */
export function twitterHandle(raw: string | undefined | null): HandleResult {
  if (raw === undefined || raw === null || raw.trim() === '') return { handle: null, warning: null };
  const value = raw.trim();
  const fromUrl = value.match(PROFILE_URL)?.[1];
  const candidate = (fromUrl ?? value).replace(/^@/, '');
  if (HANDLE.test(candidate) && !(fromUrl && NOT_PROFILES.has(candidate.toLowerCase()))) {
    return { handle: `@${candidate}`, warning: null };
  }
  return {
    handle: null,
    warning: `"${value}" is not a Twitter/X handle; write it as @name (letters, digits and _ only, at most 15)`,
  };
}
