const CMS_DATE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

const pad = (n: string | undefined, width = 2) => (n ?? '0').padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  const last = new Date(0);
  last.setUTCFullYear(year, month, 0); // setUTCFullYear, unlike Date.UTC, does not map 0–99 to 1900–1999
  return last.getUTCDate();
}

/** True when every part of the date, time and offset as written is in range (no 30 February, no 25:00). */
function inRange(y: string, mo: string, d: string, h = '0', mi = '0', s = '0', zone = 'Z'): boolean {
  const [year, month, day] = [Number(y), Number(mo), Number(d)];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return false;
  const offset = zone.match(/^[+-](\d{2}):?(\d{2})$/);
  return !offset || (Number(offset[1]) <= 14 && Number(offset[2]) <= 59);
}

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
  // Date would roll 30 February over to 2 March; the calendar day as written must exist.
  if (!inRange(y!, mo!, d!, h, mi, s, zone)) return null;
  const ms = (frac ?? '0').slice(0, 3).padEnd(3, '0');
  const tz = !zone || zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const date = new Date(`${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}.${ms}${tz}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

const DISPLAY = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** "September 8, 2021": how dates read on the page (UTC, so every build prints the same day). */
export function displayDate(iso: string): string {
  return DISPLAY.format(new Date(iso));
}
