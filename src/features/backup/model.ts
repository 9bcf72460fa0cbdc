// Backup, duress and erase logic that needs no storage (pure, unit-tested): reminders,
// input checks, which message explains which failure, and the decoy notes' dates.
import type { MessageKey } from '../../i18n';

/** Suggest a backup after this many new entries. */
export const REMIND_AFTER = 10;
export const MIN_BACKUP_PASSPHRASE = 8;

/** Entries first written down after the last backup (all of them if there never was one). */
export function entriesSince(recordedAts: number[], lastBackupAt: number | null): number {
  return lastBackupAt === null ? recordedAts.length : recordedAts.filter((at) => at > lastBackupAt).length;
}

export function shouldRemind(newEntries: number, threshold = REMIND_AFTER): boolean {
  return newEntries >= threshold;
}

export type PassphraseProblem = 'tooShort' | 'mismatch' | null;

export function checkNewPassphrase(first: string, second: string): PassphraseProblem {
  if ([...first].length < MIN_BACKUP_PASSPHRASE) return 'tooShort';
  return first === second ? null : 'mismatch';
}

/** The erase confirmation: the word typed as shown, ignoring case and surrounding spaces. */
export function eraseConfirmed(typed: string, word: string): boolean {
  return typed.trim().toLocaleUpperCase() === word.trim().toLocaleUpperCase() && word.trim().length > 0;
}

export function percent(done: number, total: number): number {
  if (!(total > 0)) return 0;
  return Math.max(0, Math.min(100, Math.floor((done / total) * 100)));
}

const ERROR_KEYS: Record<string, MessageKey> = {
  'wrong-passphrase': 'backup.err.passphrase',
  'backup-foreign': 'backup.err.foreign',
  'backup-too-old': 'backup.err.tooOld',
  'backup-too-new': 'backup.err.tooNew',
  'backup-truncated': 'backup.err.truncated',
  'backup-damaged': 'backup.err.damaged',
  'backup-too-big': 'backup.err.tooBig',
  changed: 'backup.err.changed',
  quota: 'error.quota',
  locked: 'error.locked',
};

/** The sentence for a failed export or import; null means "use the generic storage message". */
export function backupErrorKey(code: string | undefined): MessageKey | null {
  return (code && ERROR_KEYS[code]) || null;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** How far back the decoy's notes reach: "recent weeks". */
export const DECOY_WEEKS = 6;

/**
 * When the decoy's notes were "written": random days in the last weeks (distinct while there
 * are enough days), at ordinary hours, oldest first, so the decoy journal looks like one used
 * now and then. `random` is injectable so tests can seed it.
 */
export function decoyTimes(now: number, count: number, random: () => number = Math.random, avoid: number[] = []): number[] {
  const span = DECOY_WEEKS * 7;
  const taken = new Set(avoid.map((at) => Math.floor((now - at) / DAY_MS)));
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    let back = 1 + Math.floor(random() * span);
    // Another day if this one already has a note (give up after a few tries: many notes share days).
    for (let tries = 0; taken.has(back) && tries < 8; tries++) back = 1 + Math.floor(random() * span);
    taken.add(back);
    const d = new Date(now - back * DAY_MS);
    d.setHours(8 + Math.floor(random() * 13), Math.floor(random() * 60), 0, 0);
    times.push(d.getTime());
  }
  return times.sort((a, b) => a - b);
}

/**
 * Dates chosen once and kept: note i keeps the date it had; only notes added since get new ones.
 * (Note i is the i-th note of the person's text.)
 */
export function keepDecoyTimes(previous: number[], count: number, now: number, random: () => number = Math.random): number[] {
  const kept = previous.slice(0, count);
  return [...kept, ...decoyTimes(now, count - kept.length, random, kept)];
}
