const CMS_DATE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

const pad = (n: string | undefined, width = 2) => (n ?? '0').padStart(width, '0');

/**
 * Parses the dates the CMS writes, padded or not ("2020-11-6T08:00:00.000Z"), to ISO 8601 UTC.
 * A date without a time is midnight UTC. Returns null for anything that is not a real date.
 */
export function parseCmsDate(raw: unknown): string | null {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw.toISOString();
  if (typeof raw !== 'string') return null;
  const m = raw.trim().match(CMS_DATE);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = (frac ?? '0').slice(0, 3).padEnd(3, '0');
  const tz = !zone || zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const iso = `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}.${ms}${tz}`;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  // Date rolls 31 April over to 1 May; a real calendar day must survive the round trip.
  if (!zone || tz === 'Z') {
    if (date.getUTCDate() !== day || date.getUTCMonth() + 1 !== month) return null;
  }
  return date.toISOString();
}

const DISPLAY = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** "September 8, 2021": how dates read on the page (UTC, so every build prints the same day). */
export function displayDate(iso: string): string {
  return DISPLAY.format(new Date(iso));
}
