// The backup feature's pure logic: reminders, passphrase checks, the erase confirmation,
// progress, which message explains which failure, and the decoy notes (a valid journal).
import { describe, expect, it } from 'vitest';
import {
  REMIND_AFTER, backupErrorKey, checkNewPassphrase, decoyTimes, entriesSince, eraseConfirmed, percent, shouldRemind,
} from '../../src/features/backup/model';
import { JOURNAL_KIND, decoyRecords } from '../../src/features/backup/decoy';
import { verifyChain, type VersionRecord } from '../../src/features/journal/chain';
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

describe('the decoy', () => {
  it('spreads the notes over past weeks, oldest first, at ordinary hours', () => {
    const now = new Date(2026, 10, 23, 12).getTime();
    const times = decoyTimes(now, 5);
    expect(times).toHaveLength(5);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    for (const t of times) {
      expect(t).toBeLessThan(now);
      expect(now - t).toBeLessThan(40 * 24 * 3600 * 1000);
      const h = new Date(t).getHours();
      expect(h >= 9 && h <= 20).toBe(true);
    }
  });

  it('is a valid journal: valid entries in an unbroken hash chain', async () => {
    const records = await decoyRecords(new Date(2026, 10, 23, 12).getTime());
    expect(records.length).toBeGreaterThanOrEqual(3);
    expect(records.every((r) => r.kind === JOURNAL_KIND)).toBe(true);
    const versions = records.map((r) => r.value as VersionRecord);
    expect((await verifyChain(versions)).ok).toBe(true);
    for (const v of versions) expect(validateEntry(v.data, Date.now())).toEqual([]);
    expect(versions.map((v) => v.data.what)).toContain('Buy milk, bread and coffee.');
  });
});
