// The backup feature's pure logic: reminders, passphrase checks, the erase confirmation,
// progress, which message explains which failure, and the decoy notes (a valid journal).
import { describe, expect, it } from 'vitest';
import {
  REMIND_AFTER, backupErrorKey, checkNewPassphrase, decoyTimes, entriesSince, eraseConfirmed, keepDecoyTimes, percent, shouldRemind,
} from '../../src/features/backup/model';
import { JOURNAL_KIND, decoyRecords, decoyTexts } from '../../src/features/backup/decoy';
import { verifyChain, type VersionRecord } from '../../src/features/journal/record/chain';
import { validateEntry } from '../../src/features/journal/model';
import { CATALOGS } from '../../src/i18n';

describe('backup reminders', () => {
  it('counts entries written after the last backup, or all when there never was one', () => {
    const at = [100, 200, 300, 400];
    expect(entriesSince(at, null)).toBe(4);
    expect(entriesSince(at, 250)).toBe(2);
    expect(entriesSince(at, 400)).toBe(0);
    expect(entriesSince([], null)).toBe(0);
  });

  it('suggests a backup only from the threshold on', () => {
    expect(REMIND_AFTER).toBe(10);
    expect(shouldRemind(9)).toBe(false);
    expect(shouldRemind(10)).toBe(true);
    expect(shouldRemind(3, 3)).toBe(true);
  });
});

describe('inputs', () => {
  it('checks a new backup or duress passphrase: length in characters, then sameness', () => {
    expect(checkNewPassphrase('short', 'short')).toBe('tooShort');
    expect(checkNewPassphrase('🔑🔑🔑🔑🔑🔑🔑', '🔑🔑🔑🔑🔑🔑🔑')).toBe('tooShort');
    expect(checkNewPassphrase('long enough', 'long enougH')).toBe('mismatch');
    expect(checkNewPassphrase('long enough', 'long enough')).toBeNull();
  });

  it('confirms erasing only on the exact word, ignoring case and surrounding spaces', () => {
    expect(eraseConfirmed(' erase ', 'ERASE')).toBe(true);
    expect(eraseConfirmed('BORRAR', 'BORRAR')).toBe(true);
    expect(eraseConfirmed('eras', 'ERASE')).toBe(false);
    expect(eraseConfirmed('', '')).toBe(false);
  });

  it('turns progress into a whole percentage within 0..100', () => {
    expect(percent(0, 0)).toBe(0);
    expect(percent(1, 3)).toBe(33);
    expect(percent(5, 4)).toBe(100);
    expect(percent(-1, 4)).toBe(0);
  });
});

describe('failure messages', () => {
  it('maps every backup failure to its own sentence, and the rest to the generic one', () => {
    const codes = ['wrong-passphrase', 'backup-foreign', 'backup-too-old', 'backup-too-new', 'backup-truncated', 'backup-damaged', 'backup-too-big', 'changed', 'quota'];
    const keys = codes.map(backupErrorKey);
    expect(new Set(keys).size).toBe(codes.length);
    for (const key of keys) {
      expect(CATALOGS.en[key!]).toBeTruthy();
      expect(CATALOGS.es[key!]).toBeTruthy();
      expect(CATALOGS.es[key!]).not.toBe(CATALOGS.en[key!]);
    }
    expect(backupErrorKey('storage')).toBeNull();
    expect(backupErrorKey(undefined)).toBeNull();
  });
});

/** A seeded generator (mulberry32), so "random" dates are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), a | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 2 ** 32;
  };
}
const DAY = 24 * 3600 * 1000;

describe('the decoy', () => {
  const now = new Date(2026, 10, 23, 12).getTime();

  it('spreads the notes at random over recent weeks, on different days, oldest first, at ordinary hours', () => {
    const times = decoyTimes(now, 5, seeded(7));
    expect(times).toHaveLength(5);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(new Set(times.map((t) => new Date(t).toDateString())).size).toBe(5);
    for (const t of times) {
      expect(t).toBeLessThan(now - 12 * 3600 * 1000);
      expect(now - t).toBeLessThanOrEqual(6 * 7 * DAY + DAY);
      const h = new Date(t).getHours();
      expect(h >= 8 && h <= 20).toBe(true);
    }
  });

  it('differs from one person to the next (no formula anyone could recognise)', () => {
    const a = decoyTimes(now, 5, seeded(1));
    const b = decoyTimes(now, 5, seeded(2));
    expect(a).not.toEqual(b);
    expect(decoyTimes(now, 5, seeded(1))).toEqual(a);
  });

  it('keeps each note’s date once chosen; only new notes get new dates', () => {
    const first = keepDecoyTimes([], 3, now, seeded(3));
    const later = keepDecoyTimes(first, 5, now + 10 * DAY, seeded(4));
    expect(later.slice(0, 3)).toEqual(first);
    expect(later).toHaveLength(5);
    // The new ones fall on days the kept ones do not use.
    const days = (ts: number[]) => ts.map((t) => new Date(t).toDateString());
    expect(days(later.slice(3)).some((d) => days(first).includes(d))).toBe(false);
    expect(keepDecoyTimes(later, 2, now, seeded(5))).toEqual(later.slice(0, 2));
  });

  it('is the person’s own notes, as a valid journal: valid entries in an unbroken hash chain', async () => {
    const texts = decoyTexts('Pick up the dry cleaning\n\nRecipe\n2 eggs, flour');
    expect(texts).toEqual(['Pick up the dry cleaning', 'Recipe\n2 eggs, flour']);
    const records = await decoyRecords([...texts, 'Buy milk, bread and coffee.'], decoyTimes(now, 3, seeded(9)));
    expect(records.length).toBeGreaterThanOrEqual(3);
    expect(records.every((r) => r.kind === JOURNAL_KIND)).toBe(true);
    const versions = records.map((r) => r.value as VersionRecord);
    expect((await verifyChain(versions)).ok).toBe(true);
    for (const v of versions) expect(validateEntry(v.data, Date.now())).toEqual([]);
    expect(versions.map((v) => v.data.what)).toContain('Buy milk, bread and coffee.');
  });
});
