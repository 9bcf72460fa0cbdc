// A journal record that decrypts but has the wrong shape (issue 22): set aside, never deleted,
// listed with its date when it still has one, counted, and left out of every view, which keep
// working; and damaged files named by the entry that holds them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileCheck, raw, vault } from '../fake-vault';
import { incident, DAY, SHA, T0 } from '../helpers';
import { vi } from 'vitest';

vi.mock('../../../../src/vault', () => import('../fake-vault'));

const store = await import('../../../../src/features/journal/store');
const { buildReport, DEFAULT_REPORT_OPTIONS } = await import('../../../../src/features/journal/report/report');
const { filterEntries, SearchIndex } = await import('../../../../src/features/journal/list/search');

let planted: Map<string, unknown>;

/** Rows as the ex (or a bad write) left them, straight into the storage under the store. */
function plant(id: string, value: unknown) {
  raw.records.set(id, { kind: 'journal-version', value });
  planted.set(id, JSON.parse(JSON.stringify(value ?? null)));
}

beforeEach(() => {
  raw.records.clear();
  raw.blobStore.clear();
  fileCheck.damaged = [];
  planted = new Map();
  vault.lock();
});

// Whatever the journal does, the planted records stay exactly as they were.
afterEach(() => {
  for (const [id, value] of planted) expect(JSON.parse(JSON.stringify(raw.records.get(id)?.value ?? null)), id).toEqual(value);
});

describe('records of the wrong shape', () => {
  it('keeps the journal open, lists them with their dates, and leaves them out of views and the report', async () => {
    const kept = await store.saveEntry(incident(T0, 'They called'));
    const good = (await store.loadJournal()).last!;
    // The case: the chain fields are there, the entry data is not.
    plant('no-data', { ...good, seq: 7, hash: 'f'.repeat(64), data: undefined });
    plant('bad-data', { ...good, seq: 8, hash: 'e'.repeat(64), data: { kind: 'incident', occurredAt: T0 - DAY, channels: 'call', what: 42 }, recordedAt: 'yesterday' });
    plant('not-a-version', 'garbage');
    vault.lock();
    const journal = await store.loadJournal();
    expect(journal.entries.map((e) => e.id)).toEqual([kept]);
    expect(journal.unreadable.map((u) => [u.id, u.at]).sort()).toEqual([['bad-data', T0 - DAY], ['no-data', good.recordedAt], ['not-a-version', null]].sort());
    // Views built from it work: the report and search see the good entry only.
    expect(buildReport(journal.entries, journal.noticeAt, DEFAULT_REPORT_OPTIONS).summary.incidents).toBe(1);
    expect(filterEntries(journal.entries, { text: 'called' } as never, new SearchIndex())).toHaveLength(1);
    // Saving goes on, and the set-aside records are still there afterwards (afterEach checks them).
    await store.saveEntry(incident(T0 + DAY, 'Waited outside'));
    expect((await store.loadJournal()).entries).toHaveLength(2);
  });

  it('reads an entry with missing or mistyped fields as a complete one, without changing what is stored', async () => {
    await store.saveEntry(incident(T0, 'They called'));
    const good = (await store.loadJournal()).last!;
    const sparse = { ...good, entryId: 'old', seq: 1, data: { kind: 'incident', occurredAt: T0 + DAY, what: 'Old record', police: null, evidence: [{ blobId: 'b', sha256: SHA }, { blobId: 3 }] } };
    plant('sparse', sparse);
    vault.lock();
    const journal = await store.loadJournal();
    expect(journal.unreadable).toEqual([]);
    const entry = journal.entries.find((e) => e.id === 'old')!;
    expect(entry.current).toMatchObject({ what: 'Old record', times: 1, channels: [], witnesses: [], police: { contacted: false, officer: '' } });
    expect(entry.current.evidence.map((e) => e.blobId)).toEqual(['b']);
    expect(buildReport(journal.entries, null, DEFAULT_REPORT_OPTIONS).exhibits).toHaveLength(1);
  });

  it('names damaged files by entry, and a file whose record is gone', async () => {
    raw.blobStore.set('photo', { blob: new Blob(['x']), info: { id: 'photo' } });
    const evidence = [
      { blobId: 'photo', name: 'door.jpg', type: 'image/jpeg', size: 1, sha256: SHA, addedAt: T0, thumbId: 'thumb' },
      { blobId: 'gone', name: 'call-log.png', type: 'image/png', size: 1, sha256: 'b'.repeat(64), addedAt: T0 },
    ];
    raw.blobStore.set('thumb', { blob: new Blob(['t']), info: { id: 'thumb' } });
    const id = await store.saveEntry(incident(T0, 'At the door', ['home'], { evidence }));
    fileCheck.damaged = [{ id: 'photo', problem: 'damaged', name: 'door.jpg', sha256: SHA }];
    const { files, unreadable } = await store.checkDamage();
    expect(unreadable).toEqual([]);
    expect(files).toEqual([
      { blobId: 'photo', problem: 'damaged', name: 'door.jpg', sha256: SHA, entryAt: T0, entryId: id, preview: false },
      { blobId: 'gone', problem: 'no-record', name: 'call-log.png', sha256: 'b'.repeat(64), entryAt: T0, entryId: id, preview: false },
    ]);
  });
});
