// The journal store over a fake vault: saving, amending, the notice contract, order under
// concurrent saves, refusing bad input without writing, and forgetting everything on lock.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { raw, calls, vault, background } from './fake-vault';
import { incident, DAY, T0 } from './helpers';

vi.mock('../../../src/vault', () => import('./fake-vault'));

const store = await import('../../../src/features/journal/store');
const notice = await import('../../../src/features/journal/person/notice');
const { verifyChain } = await import('../../../src/features/journal/record/chain');

beforeEach(() => {
  raw.records.clear();
  raw.blobStore.clear();
  vault.lock(); // drops the store's cache between tests
});

describe('journal store', () => {
  it('gives the newest entries at once while the vault still loads older ones, and the whole journal after', async () => {
    const count = store.FIRST_VERSIONS + 20;
    await store.appendMany(Array.from({ length: count }, (_, i) => ({ data: incident(T0 + i * DAY, `entry ${i}`) })));
    vault.lock();
    background.loading = true;
    try {
      const first = await store.firstJournal();
      expect(first.partial).toBe(true);
      expect(first.entries).toHaveLength(store.FIRST_VERSIONS);
      expect(first.entries[0]!.current.what).toBe(`entry ${count - 1}`);
      expect(first.entries.some((e) => e.current.what === 'entry 0')).toBe(false);
    } finally {
      background.loading = false;
    }
    const whole = await store.loadJournal();
    expect(whole.partial).toBeUndefined();
    expect(whole.entries).toHaveLength(count);
    // Once loaded, the first paint is the whole journal.
    expect(await store.firstJournal()).toBe(whole);
  });

  it('saves a new entry, then an amendment that keeps the original as history', async () => {
    const id = await store.saveEntry(incident(T0, 'They called'));
    await store.saveEntry(incident(T0, 'They called twice', ['call', 'threats']), id);
    const entry = (await store.getEntry(id))!;
    expect(entry.versions.map((v) => v.data.what)).toEqual(['They called', 'They called twice']);
    expect(entry.current.channels).toEqual(['call', 'threats']);
    expect(raw.records.size).toBe(2); // append-only: one record per version
    expect((await store.verifyJournal()).ok).toBe(true);
  });

  it('refuses an invalid entry and writes nothing', async () => {
    await expect(store.saveEntry(incident(T0, '   ', []))).rejects.toBeInstanceOf(store.InvalidEntry);
    await expect(store.saveEntry(incident(T0, 'x'), 'no-such-entry')).rejects.toThrow('not-found');
    expect(raw.records.size).toBe(0);
  });

  it('keeps the chain in order when saves overlap', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.saveEntry(incident(T0 + i, `entry ${i}`))));
    const all = [...raw.records.values()].map((r) => r.value) as Parameters<typeof verifyChain>[0];
    const result = await verifyChain(all);
    expect(result).toMatchObject({ ok: true, count: 20 });
  });

  it('records a sent notice as a chained entry with its proof, and reports the earliest date', async () => {
    expect(await notice.noticeDate()).toBeNull();
    const proof = await (await import('./fake-vault')).blobs.put(new Blob(['sent mail'], { type: 'text/plain' }), 'proof.txt');
    const id = await notice.recordNoticeSent({ sentAt: T0 + DAY, channel: 'email', letterId: 'L1', title: 'No-contact notice', proofBlobIds: [proof.id] });
    await notice.recordNoticeSent({ sentAt: T0 + 3 * DAY, channel: 'post', letterId: 'L2', title: 'Final notice', proofBlobIds: [] });
    expect(await notice.noticeDate()).toBe(T0 + DAY);
    const entry = (await store.getEntry(id))!;
    expect(entry.current).toMatchObject({ kind: 'notice', what: 'No-contact notice', notice: { channel: 'email', letterId: 'L1' } });
    expect(entry.current.evidence[0]).toMatchObject({ blobId: proof.id, sha256: proof.sha256, name: 'proof.txt' });
    expect((await store.verifyJournal()).count).toBe(2);
    await expect(notice.recordNoticeSent({ sentAt: T0, channel: 'email', letterId: 'L3', title: 'x', proofBlobIds: ['missing'] })).rejects.toThrow();
  });

  it('caches decrypted data only until the vault locks', async () => {
    await store.saveEntry(incident(T0, 'cached'));
    calls.list = 0;
    await store.loadJournal();
    await store.loadJournal();
    expect(calls.list).toBe(0); // served from the cache filled by the save
    vault.lock();
    expect((await store.loadJournal()).entries).toHaveLength(1);
    expect(calls.list).toBe(1);
  });

  it('deletes only uploads that no saved version uses', async () => {
    const { blobs } = await import('./fake-vault');
    const kept = await blobs.put(new Blob(['a']), 'kept.jpg');
    const orphan = await blobs.put(new Blob(['b']), 'orphan.jpg');
    const ref = (info: typeof kept) => ({ blobId: info.id, name: info.name, type: '', size: 1, sha256: info.sha256, addedAt: T0 });
    await store.saveEntry({ ...incident(T0, 'with photo'), evidence: [ref(kept)] });
    await store.discardEvidence([ref(kept), ref(orphan)]);
    expect([...raw.blobStore.keys()]).toEqual([kept.id]);
  });

  it('keeps one person profile', async () => {
    const first = await store.loadPerson();
    expect(first.id).toBeUndefined();
    const id = await store.savePerson({ ...first.person, names: 'J. Doe' });
    await store.savePerson({ ...first.person, names: 'J. Doe ("Jay")' }, id);
    expect((await store.loadPerson()).person.names).toBe('J. Doe ("Jay")');
    expect(raw.records.size).toBe(1);
  });
});

describe('Log again (issue 13)', () => {
  it('records one more contact now with the same ways and a count of 1, and Undo takes only that one back in time', async () => {
    const first = await store.saveEntry(incident(T0, 'Six calls', ['call', 'text'], { times: 6 }));
    const source = (await store.getEntry(first))!.current;
    const again = await store.logAgain(source, T0 + 60_000);
    const made = (await store.getEntry(again))!;
    expect(made.current).toMatchObject({ channels: ['call', 'text'], times: 1, what: '', occurredAt: T0 + 60_000 });
    expect(raw.records.size).toBe(2);
    const recordedAt = made.recordedAt;
    // Too late: the undo window has passed.
    expect(await store.undoLogAgain(again, () => recordedAt + store.UNDO_MS + 1)).toBe(false);
    expect(await store.undoLogAgain(first, () => recordedAt)).toBe(false); // not the newest link
    expect(await store.undoLogAgain(again, () => recordedAt + 1000)).toBe(true);
    expect(raw.records.size).toBe(1);
    expect(await store.getEntry(again)).toBeUndefined();
    expect((await store.verifyJournal()).ok).toBe(true);
    vault.lock();
    expect((await store.loadJournal()).entries.map((e) => e.id)).toEqual([first]);
  });
});
