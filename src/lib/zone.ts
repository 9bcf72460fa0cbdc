// Times with their zone, for what leaves the app (the packet's PDF and CSV): the zone's IANA
// name, its abbreviation and its offset from UTC at that moment ("7:35 AM EST (UTC−5)").

/** The device's zone now ("America/New_York"); UTC when the platform cannot say. */
export function deviceZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Zones already asked about: a journal of years names a few zones in thousands of entries, and
 *  each new Intl.DateTimeFormat costs a millisecond or more (15 s of a 10,000-entry unlock, issue 27). */
const known = new Map<string, boolean>();

export function isZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || !zone) return false;
  let valid = known.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      valid = true;
    } catch {
      valid = false;
    }
    if (known.size < 1000) known.set(zone, valid);
  }
  return valid;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

/** Minutes east of UTC in `zone` at `ms` (New York in winter: −300). */
export function offsetMinutes(ms: number, zone: string): number {
  const name = format('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /([+-\u2212])(\d{1,2})(?::?(\d{2}))?/.exec(name);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '+' ? minutes : -minutes;
}

/** "UTC−5", "UTC+5:30", "UTC" (a true minus sign, as printed). */
export function utcOffsetLabel(ms: number, zone: string): string {
  const total = offsetMinutes(ms, zone);
  if (!total) return 'UTC';
  const abs = Math.abs(total);
  const minutes = abs % 60;
  return `UTC${total < 0 ? '\u2212' : '+'}${Math.floor(abs / 60)}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

/** ISO 8601 with the offset, in `zone`: "2026-11-30T07:35:00-05:00". */
export function isoWithOffset(ms: number, zone: string): string {
  const offset = offsetMinutes(ms, zone);
  const local = new Date(ms + offset * 60_000);
  const abs = Math.abs(offset);
  const sign = offset < 0 ? '-' : '+';
  return `${local.toISOString().slice(0, 19)}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * "Nov 30, 2026, 7:35 AM EST (UTC−5)" in `locale`: the date and time as the zone's clock showed
 * them, its abbreviation where the locale has one, and the offset. Where the locale has no
 * abbreviation (it prints "GMT-5"), the offset alone.
 */
export function zonedStamp(ms: number, zone: string, locale: string, seconds = false): string {
  const parts = format(locale, {
    timeZone: zone, year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}), timeZoneName: 'short',
  }).formatToParts(ms);
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
  const text = parts.filter((p) => p.type !== 'timeZoneName').map((p) => p.value).join('').trim();
  const offset = utcOffsetLabel(ms, zone);
  return /^(GMT|UTC)/.test(name) || !name ? `${text} (${offset})` : `${text} ${name} (${offset})`;
}
