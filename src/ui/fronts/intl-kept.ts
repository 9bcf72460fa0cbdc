// What the Weather front asks Intl for at its first render, kept in localStorage: a locale's first
// Intl date formatter loads ICU's data (20–50 ms on this class of core), which would otherwise fall
// inside the front's first render at every cold start. Weekday names never change for a locale,
// so only the first start in a language pays; the device's time zone is checked again after the
// front is up, and a change shows from the next start (a weather app keeps its place, too).
import { t } from '../../i18n';
import { defaultPlace } from './model';

const WEEKDAYS = 'weekdays';
const ZONE = 'zone';
// 1970-01-04 (UTC) was a Sunday: day i of that week has getUTCDay() === i.
const SUNDAY = Date.UTC(1970, 0, 4);
const RECHECK_MS = 2000;

/** Short weekday names, Sunday first, in `locale`. */
export function weekdayNames(locale: string): string[] {
  const kept = read(WEEKDAYS);
  if (isWeekdays(kept) && kept.locale === locale) return kept.names;
  const format = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const names = Array.from({ length: 7 }, (_, day) => format.format(SUNDAY + day * 86_400_000));
  write(WEEKDAYS, { locale, names });
  return names;
}

/** The device's IANA time zone ("Europe/Paris"), or undefined when the platform gives none. */
export function deviceTimeZone(): string | undefined {
  const kept = read(ZONE);
  if (typeof kept === 'string' && /^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(kept) && kept.length <= 64) {
    setTimeout(askZone, RECHECK_MS);
    return kept;
  }
  return askZone();
}

/** The place the Weather look shows: the person's choice, else the city of the device's time zone. */
export function homePlace(chosen: string): string {
  return chosen || defaultPlace(deviceTimeZone(), t('front.weather.fallbackPlace'));
}

function askZone(): string | undefined {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone) write(ZONE, zone);
  return zone || undefined;
}

function read(key: string): unknown {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null');
  } catch {
    return null; // unreadable or unavailable: ask Intl
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch { /* storage full or blocked: the next start asks Intl again */ }
}

function isWeekdays(value: unknown): value is { locale: string; names: string[] } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { locale?: unknown; names?: unknown };
  return typeof v.locale === 'string' && Array.isArray(v.names) && v.names.length === 7
    && v.names.every((n) => typeof n === 'string' && n.length > 0 && n.length <= 16);
}
