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

/**
 * When the decoy notes were "written": spread over the last weeks at ordinary hours, oldest
 * first, so the decoy journal looks like one used now and then.
 */
export function decoyTimes(now: number, count: number): number[] {
  const day = 24 * 60 * 60 * 1000;
  const times: number[] = [];
  for (let i = count; i >= 1; i--) {
    const d = new Date(now - i * 4 * day - (i % 3) * day);
    d.setHours(9 + ((i * 5) % 11), (i * 17) % 60, 0, 0);
    times.push(d.getTime());
  }
  return times;
}
