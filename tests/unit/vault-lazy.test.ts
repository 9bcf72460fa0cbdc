// Unlock without waiting for all of history (issue 27): the newest records at once, the rest in
// the background, driven step by step here (no timers); writes and the report wait for the whole
// check, and a lock during the load stops it with nothing left in memory.
import { describe, expect, it, vi } from 'vitest';
import { VaultCore } from '../../src/vault/worker/core';
import { HEADER_ID, STORE, type VaultHeader } from '../../src/vault/format';
import { openRootHint, sealRootHint } from '../../src/vault/worker/lazy-load';
import { IntegrityIndex, SHARD_KIND, type IndexEntry } from '../../src/vault/worker/integrity';
import { openEnvelope } from '../../src/vault/worker/envelope';
import { KEY_BYTES, loadSodium, randomBytes } from '../../src/vault/worker/crypto';
import type { RecordEnvelope, SealedRecord } from '../../src/vault/format';
import { CLEAN, FAST } from './vault-helpers';
import { openVaultDb } from '../../src/vault/worker/db';

const PASS = 'correct horse battery staple';
let counter = 0;

/** The background load's pauses, held until the test lets each one go. */
class Driver {
  private held: Array<() => void> = [];
  private asked: Array<() => void> = [];
  readonly pause = () => new Promise<void>((resolve) => {
    this.held.push(resolve);
    for (const wake of this.asked.splice(0)) wake();
  });

  /** Until the load waits at a pause (letting none go). */
  async reached(): Promise<void> {
    while (!this.held.length) await new Promise<void>((resolve) => this.asked.push(resolve));
  }

  /** Lets the next pause go (waiting for the load to reach it). */
  async step(): Promise<void> {
    while (!this.held.length) await new Promise<void>((resolve) => this.asked.push(resolve));
    this.held.shift()!();
  }

  /** Lets every pause go until `done` settles. */
  async run(done: Promise<unknown>): Promise<void> {
    let over = false;
    void done.then(() => (over = true), () => (over = true));
    while (!over) {
      await Promise.race([this.step(), done.catch(() => undefined)]);
    }
  }
}

/** A vault with `count` journal versions (written in two batches, so in that order) and one setting. */
async function seeded(count: number): Promise<{ name: string; ids: string[] }> {
  const name = `lazy-${Date.now()}-${counter++}`;
  const core = new VaultCore(name);
  await core.create(PASS, FAST);
  const half = Math.floor(count / 2);
  const values = Array.from({ length: count }, (_, i) => ({ i, what: `entry ${i}` }));
  const ids = [...(await core.writeMany('journal-version', values.slice(0, half), [])), ...(await core.writeMany('journal-version', values.slice(half), []))];
  await core.put('settings', 'settings', { lang: 'es' });
  core.lock();
  return { name, ids };
}

/** A vault of 300 versions unlocked once (its header then points to the index root), then an old
 *  entry's row (not among the newest an unlock opens at once) taken away: the row, to put back. */
async function oldRowTaken(): Promise<{ name: string; row: SealedRecord }> {
  const { name, ids } = await seeded(300);
  const first = new VaultCore(name);
  await first.unlock(PASS);
  await first.unlockReport();
  first.lock();
  const db = await openVaultDb(name);
  const row = (await db.get(STORE.records, ids[5]!))!;
  await db.delete(STORE.records, ids[5]!);
  db.close();
  return { name, row };
}

async function opened(name: string, driver: Driver): Promise<{ core: VaultCore; report: Awaited<ReturnType<VaultCore['unlock']>> }> {
  const core = new VaultCore(name, Date.now, { pause: driver.pause, previewRows: 10 });
  const report = await core.unlock(PASS);
  return { core, report };
}

describe('unlock with older records loading in the background', () => {
  it('answers with the newest records at once and the rest once loaded', async () => {
    const { name } = await seeded(300);
    const driver = new Driver();
    const { core, report } = await opened(name, driver);
    // Nothing is said before the whole check: not clean, not anything.
    expect(report.pending).toBe(true);
    expect(core.isLoading()).toBe(true);
    const first = core.listNewest('journal-version', 10);
    expect(first.complete).toBe(false);
    expect(first.items.map((item) => (item.value as { i: number }).i)).toEqual([299, 298, 297, 296, 295, 294, 293, 292, 291, 290]);
    // A small kind is whole at once; a big one is refused rather than given in part.
    expect(core.get('settings', 'settings')).toEqual({ lang: 'es' });
    expect(() => core.list('journal-version')).toThrow();
    let all: unknown[] | null = null;
    const listing = core.listAll('journal-version').then((items) => (all = items));
    await driver.step(); // the one chunk of 290 older rows
    expect(all).toBeNull();
    await driver.run(listing);
    expect(all).toHaveLength(300);
    expect(core.isLoading()).toBe(false);
    expect(core.listNewest('journal-version', 2)).toMatchObject({ complete: true, items: [{ value: { i: 299 } }, { value: { i: 298 } }] });
    expect((await core.unlockReport()).integrity).toEqual(CLEAN);
  });

  it('holds a write until every record is checked, then writes on top of the whole index', async () => {
    const { name } = await seeded(300);
    const driver = new Driver();
    const { core } = await opened(name, driver);
    let saved: string | null = null;
    const save = core.put('journal-version', null, { i: 300, what: 'written during the load' }).then((id) => (saved = id));
    await driver.step();
    expect(saved).toBeNull();
    await driver.run(save);
    expect(core.list('journal-version')).toHaveLength(301);
    core.lock();
    // The next unlock finds nothing missing, rolled back or slipped in.
    const again = new VaultCore(name);
    await again.unlock(PASS);
    expect((await again.unlockReport()).integrity).toEqual(CLEAN);
    expect(again.list('journal-version')).toHaveLength(301);
  });

  it('reports an older record deleted on disk once the whole check has run', async () => {
    const { name, ids } = await seeded(300);
    const raw = new VaultCore(name);
    await raw.unlock(PASS);
    const rowOf5 = ids[5]!; // created without an id: its row has its id
    await raw.rawDb().delete(STORE.records, rowOf5);
    raw.lock();
    const driver = new Driver();
    const { core, report } = await opened(name, driver);
    expect(report.pending).toBe(true);
    const later = core.unlockReport();
    await driver.run(later);
    expect((await later).integrity).toEqual({ ...CLEAN, missing: { 'journal-version': 1 } });
  });

  it('stops at a lock: calls waiting for the load fail, and nothing of it is kept', async () => {
    const { name } = await seeded(300);
    const driver = new Driver();
    const { core } = await opened(name, driver);
    const listing = core.listAll('journal-version');
    const loaded = core.loaded();
    const report = core.unlockReport();
    const save = core.put('journal-version', null, { what: 'too late' });
    core.lock();
    await driver.step(); // the load's next step finds it stopped
    await expect(listing).rejects.toMatchObject({ code: 'locked' });
    await expect(loaded).rejects.toMatchObject({ code: 'locked' });
    await expect(report).rejects.toMatchObject({ code: 'locked' });
    await expect(save).rejects.toMatchObject({ code: 'locked' });
    expect(core.isLoading()).toBe(false);
    expect([...core.records.entries()]).toEqual([]);
    expect(() => core.vaultKey()).toThrow();
    // The load did not go on to write anything (the attempt log was not begun anew either).
    const again = new VaultCore(name);
    await again.unlock(PASS);
    expect((await again.unlockReport()).integrity).toEqual(CLEAN);
    expect(again.list('journal-version')).toHaveLength(300);
  });

  it('stops at a lock while older rows are being read: the read is let go, the load fails as locked', async () => {
    const { name } = await seeded(300);
    const driver = new Driver();
    const { core } = await opened(name, driver);
    const loaded = core.loaded();
    await driver.step(); // the read of every row has begun (in chunks: more rows than one holds)
    core.lock();
    await driver.run(loaded);
    await expect(loaded).rejects.toMatchObject({ code: 'locked' });
    expect([...core.records.entries()]).toEqual([]);
    // Nothing half-read was kept or written: the next unlock finds the vault whole.
    const again = new VaultCore(name);
    await again.unlock(PASS);
    expect((await again.unlockReport()).integrity).toEqual(CLEAN);
    expect(again.list('journal-version')).toHaveLength(300);
  });

  it('points the header to the index root, and the next unlock reads by it, every row only after', async () => {
    const { name } = await seeded(300);
    const first = new VaultCore(name);
    await first.unlock(PASS);
    await first.unlockReport();
    const header = (await first.rawDb().get(STORE.header, HEADER_ID)) as VaultHeader;
    expect(openRootHint(header, first.vaultKey())).toBe(first.records.integrity.rootRow);
    first.lock();
    const driver = new Driver();
    const core = new VaultCore(name, Date.now, { pause: driver.pause, previewRows: 10 });
    const readAll = vi.spyOn(IDBObjectStore.prototype, 'openCursor');
    try {
      expect((await core.unlock(PASS)).pending).toBe(true);
      expect(readAll).not.toHaveBeenCalled();
      expect(core.listNewest('journal-version', 1).items).toMatchObject([{ value: { i: 299 } }]);
      const report = core.unlockReport();
      await driver.run(report);
      expect(readAll).toHaveBeenCalled();
      expect((await report).integrity).toEqual(CLEAN);
    } finally {
      readAll.mockRestore();
    }
  });

  it('says a finding of a read in parts only once a read in one transaction agrees', async () => {
    // An old entry, taken away before the unlock...
    const { name, row } = await oldRowTaken();
    const db = await openVaultDb(name);
    const cursors: IDBRequest[] = [];
    const original = IDBObjectStore.prototype.openCursor;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'openCursor').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['openCursor']>) {
      const request = original.apply(this, args);
      if (this.name === STORE.records && this.transaction.db.name === name) cursors.push(request);
      return request;
    });
    try {
      const driver = new Driver();
      const core = new VaultCore(name, Date.now, { pause: driver.pause, previewRows: 10 });
      await core.unlock(PASS);
      const report = core.unlockReport();
      // ...and put back, as another tab's write could, once the parts have read without it.
      const partsDone = () => cursors.length >= 2 && cursors.slice(0, 2).every((c) => c.readyState === 'done' && c.result === null);
      for (await driver.reached(); !partsDone(); await driver.reached()) await driver.step();
      expect(cursors).toHaveLength(2);
      await db.put(STORE.records, row);
      await driver.run(report);
      // The parts saw it missing; the whole read found it there, and only that is said.
      expect(cursors).toHaveLength(3);
      expect((await report).integrity).toEqual(CLEAN);
    } finally {
      spy.mockRestore();
      db.close();
    }
  });

  it('a finding that holds in one transaction is said, after reading whole again', async () => {
    const { name } = await oldRowTaken();
    const readAll = vi.spyOn(IDBObjectStore.prototype, 'openCursor');
    try {
      const driver = new Driver();
      const core = new VaultCore(name, Date.now, { pause: driver.pause, previewRows: 10 });
      await core.unlock(PASS);
      const report = core.unlockReport();
      await driver.run(report);
      const ours = (store: unknown) => (store as IDBObjectStore).name === STORE.records && (store as IDBObjectStore).transaction.db.name === name;
      expect(readAll.mock.contexts.filter(ours)).toHaveLength(3);
      expect((await report).integrity).toMatchObject({ missing: { 'journal-version': 1 } });
    } finally {
      readAll.mockRestore();
    }
  });

  for (const hint of ['absent (a header from before it)', 'leading to another row'] as const) {
    it(`takes a hint ${hint} for none: every row is read, the report is whole, the hint mended`, async () => {
      const { name, ids } = await seeded(300);
      const raw = new VaultCore(name);
      await raw.unlock(PASS);
      const { ix: _, ...header } = (await raw.rawDb().get(STORE.header, HEADER_ID)) as VaultHeader;
      // A journal row's id where the root's should be (sealed under the right key).
      await raw.rawDb().put(STORE.header, hint.startsWith('absent') ? header : { ...header, ix: sealRootHint(ids[0]!, raw.vaultKey()) });
      raw.lock();
      const again = new VaultCore(name);
      expect((await again.unlock(PASS)).pending).toBe(true);
      expect(again.listNewest('journal-version', 1).items).toMatchObject([{ value: { i: 299 } }]);
      expect((await again.unlockReport()).integrity).toEqual(CLEAN);
      const mended = (await again.rawDb().get(STORE.header, HEADER_ID)) as VaultHeader;
      expect(openRootHint(mended, again.vaultKey())).toBe(again.records.integrity.rootRow);
    });
  }
});

describe("the complete check takes over the index unlock's preview read", () => {
  /** An index of `count` notes sealed whole, opened: the index's own rows, and every row. */
  async function sealedIndex(count: number) {
    await loadSodium();
    const key = randomBytes(KEY_BYTES);
    const notes = Array.from({ length: count }, (_, i) => [`row-${i}`, { k: 'note', n: i + 1 }] as [string, IndexEntry]);
    const index = IntegrityIndex.of(notes);
    const own = new Map<string, RecordEnvelope>();
    for (const row of index.change().seal(key, { all: true })) own.set(row.id, openEnvelope(row, key)!);
    const all = new Map<string, RecordEnvelope>(own);
    for (const [id, e] of notes) all.set(id, { k: e.k, d: { id }, n: e.n });
    return { key, index, own, all };
  }

  it('reads the index once when its rows are the ones the check finds, with the same findings', async () => {
    const { own, all } = await sealedIndex(40);
    const preview = IntegrityIndex.verify(own, true, false);
    all.delete('row-7');
    const again = IntegrityIndex.verify(all, true);
    const taken = IntegrityIndex.verify(all, true, true, preview.reading);
    expect(taken.reading).toBe(preview.reading);
    expect(again.reading).not.toBe(preview.reading);
    expect(taken.report).toEqual({ ...CLEAN, missing: { note: 1 } });
    expect(taken.report).toEqual(again.report);
    expect(taken.index.listing()).toEqual(again.index.listing());
  });

  it('an unlock reads the index once: the preview, then the complete check over every row', async () => {
    const { name } = await seeded(300);
    const read = vi.spyOn(IntegrityIndex as unknown as { read: () => unknown }, 'read');
    try {
      const driver = new Driver();
      const { core } = await opened(name, driver);
      expect(read).toHaveBeenCalledTimes(1);
      await driver.run(core.loaded());
      expect(read).toHaveBeenCalledTimes(1);
      expect((await core.unlockReport()).integrity).toEqual(CLEAN);
      core.lock();
    } finally {
      read.mockRestore();
    }
  });

  it('reads the index again when a row of it is not the one the preview read (and reports what that one says)', async () => {
    const { key, index, own, all } = await sealedIndex(40);
    const preview = IntegrityIndex.verify(own, true, false);
    // Another copy of one shard (sealed again, so not the one the root names), put in its place
    // after the preview read it.
    const [shardId] = [...own].find(([, e]) => e.k === SHARD_KIND && (e.d as { e: unknown[] }).e.length > 0)!;
    const older = index.change().seal(key, { all: true }).find((row) => row.id === shardId)!;
    all.set(shardId, openEnvelope(older, key)!);
    const taken = IntegrityIndex.verify(all, true, true, preview.reading);
    expect(taken.reading).not.toBe(preview.reading);
    expect(taken.report).toEqual(IntegrityIndex.verify(all, true).report);
    expect(taken.report.indexDamaged).toBe(true);
  });
});

describe('the pause between background steps', () => {
  it('ends in a task of its own, after the microtasks queued with it, and pauses end in the order taken', async () => {
    const { macrotask } = await import('../../src/vault/worker/preview');
    const seen: string[] = [];
    const first = macrotask().then(() => seen.push('first'));
    const second = macrotask().then(() => seen.push('second'));
    void Promise.resolve().then(() => Promise.resolve()).then(() => seen.push('microtasks'));
    await Promise.all([first, second]);
    expect(seen).toEqual(['microtasks', 'first', 'second']);
  });
});
