// The disguise fronts' pure logic (unit-tested): note search, and the Weather front's forecast,
// made on the device from place and date.
import type { FrontNote } from '../../exit/front-notes';
// The notes' stored shape lives with the prefs that hold them (exit/, read before anything else).
export { parseNotes, formatNotes, type FrontNote } from '../../exit/front-notes';

/** Case- and accent-insensitive match, as a phone's notes search does. */
export function matchNotes(notes: FrontNote[], query: string): FrontNote[] {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
  const q = fold(query.trim());
  if (!q) return notes;
  return notes.filter((n) => fold(`${n.title}\n${n.body}`).includes(q));
}

// ---- weather ----

export type Condition = 'sunny' | 'partly' | 'cloudy' | 'rain' | 'snow';
export interface DayForecast {
  /** Local midnight of the day. */
  date: Date;
  /** Degrees Celsius, whole. */
  high: number;
  low: number;
  condition: Condition;
}

/** FNV-1a: a stable 32-bit number for a string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A number in [0, 1) fixed by the place and one more key (a day, a trait). */
const unit = (place: string, key: string) => {
  // One round of mulberry32 over the hash spreads nearby keys apart.
  let x = (hash(`${place.trim().toLocaleLowerCase()}|${key}`) + 0x6d2b79f5) >>> 0;
  x = Math.imul(x ^ (x >>> 15), x | 1);
  x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
  return ((x ^ (x >>> 14)) >>> 0) / 2 ** 32;
};

const DAY_MS = 86_400_000;
const dayKey = (d: Date) => `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
const dayOfYear = (d: Date) => Math.floor((Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) - Date.UTC(d.getFullYear(), 0, 1)) / DAY_MS);

/** One day's weather: the place's climate for that season plus weather that drifts from day to day. */
export function dayForecast(place: string, day: Date): DayForecast {
  const date = new Date(day.getFullYear(), day.getMonth(), day.getDate());
  // The place's climate: a mean of 8–20 °C and a seasonal swing of 6–14 °C, coldest in mid-January.
  const mean = 8 + 12 * unit(place, 'mean');
  const swing = 6 + 8 * unit(place, 'swing');
  const seasonal = mean - swing * Math.cos((2 * Math.PI * (dayOfYear(date) - 15)) / 365);
  // Today's weather leans on the two days before it, so the week reads as one weather pattern.
  const noise = (back: number) => unit(place, dayKey(new Date(date.getFullYear(), date.getMonth(), date.getDate() - back))) * 2 - 1;
  const drift = 4 * (0.5 * noise(0) + 0.3 * noise(1) + 0.2 * noise(2));
  const spread = 4 + 5 * unit(place, `${dayKey(date)}|spread`);
  const middle = seasonal + drift;
  const wet = unit(place, `${dayKey(date)}|wet`) + 0.15 * noise(1);
  const condition: Condition = wet > 0.78 ? (middle < 1 ? 'snow' : 'rain') : wet > 0.55 ? 'cloudy' : wet > 0.3 ? 'partly' : 'sunny';
  // Clouds and rain keep the day cooler and the night milder.
  const damp = condition === 'rain' || condition === 'snow' || condition === 'cloudy' ? 0.6 : 1;
  return { date, condition, high: Math.round(middle + (spread / 2) * damp), low: Math.round(middle - (spread / 2) * damp) };
}

/** Today and the days after it. A day's figures depend only on place and date, so tomorrow shows what today promised. */
export function forecast(place: string, today: Date, days = 5): DayForecast[] {
  return Array.from({ length: days }, (_, i) => dayForecast(place, new Date(today.getFullYear(), today.getMonth(), today.getDate() + i)));
}

/** The temperature now: lowest near 5 in the morning, highest near 3 in the afternoon. */
export function temperatureAt(day: DayForecast, hour: number): number {
  const rising = hour >= 5 && hour <= 15;
  const fraction = rising ? (1 - Math.cos((Math.PI * (hour - 5)) / 10)) / 2 : (1 + Math.cos((Math.PI * (((hour + 24 - 15) % 24))) / 14)) / 2;
  return Math.round(day.low + (day.high - day.low) * fraction);
}

export type TempUnit = 'C' | 'F';

/** Fahrenheit where people use it (the United States and a few others), Celsius elsewhere. */
export function unitFor(languageTag: string): TempUnit {
  const region = languageTag.split(/[-_]/)[1]?.toUpperCase();
  return region && ['US', 'LR', 'MM', 'BS', 'BZ', 'KY', 'PW'].includes(region) ? 'F' : 'C';
}

export const inUnit = (celsius: number, u: TempUnit) => (u === 'F' ? Math.round((celsius * 9) / 5 + 32) : celsius);

/** A plausible place when the person has not chosen one: the city of the device's time zone. */
export function defaultPlace(timeZone: string | undefined, fallback: string): string {
  const city = timeZone?.split('/').pop()?.replace(/_/g, ' ');
  return city && city !== 'UTC' && !/^GMT|^Etc/.test(city) && timeZone?.includes('/') ? city : fallback;
}
