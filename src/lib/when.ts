// "When it happened" for quick logging: now, or a quick earlier choice; and what counts as a late entry.

/** The quick earlier choices "Log again", the new-entry form and the lock screen offer. */
export const MINUTES_AGO = [5, 15, 30, 60] as const;
export type EarlierPick = `${(typeof MINUTES_AGO)[number]}` | 'today' | 'yesterday' | 'date';
export const EARLIER_PICKS: EarlierPick[] = ['5', '15', '30', '60', 'today', 'yesterday', 'date'];

export interface WhenValue {
  mode: 'now' | 'earlier';
  pick: EarlierPick;
  /** "HH:MM" for "earlier today at…" and "yesterday at…". */
  time: string;
  /** A datetime-local value for "a date and time". */
  date: string;
}

export const WHEN_NOW: WhenValue = { mode: 'now', pick: '30', time: '', date: '' };

/**
 * A contact written down at least this long after it happened is a late entry: its first
 * version prints "Written down … about a contact on …". Within a quarter of an hour it reads
 * as written at the time (the time it takes to put the phone down and open the app).
 */
export const LATE_MS = 15 * 60_000;

export function isLate(occurredAt: number, recordedAt: number): boolean {
  return recordedAt - occurredAt >= LATE_MS;
}

function atTime(base: number, time: string, daysBack: number): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m) return null;
  const d = new Date(base);
  d.setDate(d.getDate() - daysBack);
  d.setHours(Number(m[1]), Number(m[2]), 0, 0);
  return d.getTime();
}

function fromLocal(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi);
  return date.getMonth() === mo - 1 && date.getDate() === d ? date.getTime() : null;
}

/** When the contact happened, or null while the choice is incomplete or in the future. */
export function resolveWhen(value: WhenValue, now: number): number | null {
  if (value.mode === 'now') return now;
  let at: number | null;
  if (value.pick === 'today') at = atTime(now, value.time, 0);
  else if (value.pick === 'yesterday') at = atTime(now, value.time, 1);
  else if (value.pick === 'date') at = fromLocal(value.date);
  else at = now - Number(value.pick) * 60_000;
  return at !== null && at <= now ? at : null;
}
