// Damage stays where it is (issue 22): a chunk flipped or deleted, or an attachment's metadata row
// deleted, through the storage itself. The unlock's file check names each damaged file; export
// leaves those out and the rest of the backup restores whole; nothing on disk is changed by it.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { VaultCore } from '../../src/vault/worker/core';
import { STORE, chunkId } from '../../src/vault/format';
import { PASS, addBlob, exportBlob, importBlob, namedVault, pattern, readBlob, snapshot } from './backup-helpers';

const MIB = 1024 * 1024;
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A vault with three photos and two entries, then the ex's damage done to the raw database. */
async function damagedVault() {
  const { core, name } = await namedVault();
  const flippedBytes = pattern(2 * MIB + 300, 1);
  const goneBytes = pattern(5000, 2);
  const goodBytes = pattern(MIB + 7, 3);
  const flipped = await addBlob(core, flippedBytes, 'image/jpeg', 'flipped.jpg');
  const gone = await addBlob(core, goneBytes, 'image/png', 'gone.png');
  const good = await addBlob(core, goodBytes, 'image/jpeg', 'good.jpg');
  await core.put('journal-version', null, { what: 'first', evidence: [flipped.id, gone.id] });
  await core.put('journal-version', null, { what: 'second', evidence: [good.id] });
  const db = core.rawDb();
  const row = (await db.get(STORE.chunks, chunkId(flipped.id, 1)))!;
  row.ct[100]! ^= 0x01;
  await db.put(STORE.chunks, row);
  await db.delete(STORE.chunks, chunkId(gone.id, 0));
  core.lock();
  return { name, flipped, gone, good, goodBytes, flippedBytes };
}

async function reopened(name: string) {
  const core = new VaultCore(name);
  const report = await core.unlock(PASS);
  return { core, report };
}

describe('the file check after unlock', () => {
  it('names the flipped chunk and the deleted chunk by file, and changes nothing on disk', async () => {
    const { name, flipped, gone, good } = await damagedVault();
    const { core, report } = await reopened(name);
    const before = await snapshot(core);
    // The quick count at unlock already sees the deleted chunk; only the full check sees the flipped one.
    expect(report.brokenFiles).toBe(1);
    const check = await core.fileCheck([flipped.id, gone.id, good.id]);
    expect(check).toMatchObject({ checked: 3, total: 3 });
    const byId = new Map(check.damaged.map((f) => [f.id, f]));
    expect(byId.get(flipped.id)).toEqual({ id: flipped.id, problem: 'damaged', name: 'flipped.jpg', sha256: flipped.sha256 });
    expect(byId.get(gone.id)).toEqual({ id: gone.id, problem: 'missing', name: 'gone.png', sha256: gone.sha256 });
    expect(byId.has(good.id)).toBe(false);
    expect(check.damaged).toHaveLength(2);
    // The good photo still reads, byte for byte; the damaged rows are still there.
    expect(sha(await readBlob(core, good.id))).toBe(good.sha256);
    expect(await snapshot(core)).toBe(before);
    expect(await core.rawDb().get(STORE.chunks, chunkId(flipped.id, 1))).toBeDefined();
  });

  it('reports an attachment whose metadata row was deleted as "no-record", and a clean vault as clean', async () => {
    const { core, name } = await namedVault();
    const kept = await addBlob(core, pattern(3000, 4));
    const lost = await addBlob(core, pattern(3000, 5));
    await core.rawDb().delete(STORE.records, core.records.rowId(lost.id));
    core.lock();
    const { core: again, report } = await reopened(name);
    expect(report.integrity.missing).toEqual({ _blob: 1 });
    expect((await again.fileCheck([kept.id, lost.id])).damaged).toEqual([{ id: lost.id, problem: 'no-record' }]);
    // An attachment added after unlock is known, not "no-record".
    const fresh = await addBlob(again, pattern(10, 6));
    expect((await again.fileCheck([kept.id, fresh.id])).damaged).toEqual([]);
  });

  it('forgets its findings on lock and refuses to answer a locked vault', async () => {
    const { name } = await damagedVault();
    const { core } = await reopened(name);
    expect((await core.fileCheck()).damaged).toHaveLength(2);
    core.lock();
    expect(() => core.fileCheck()).toThrow(expect.objectContaining({ code: 'locked' }));
  });
});

describe('export with damaged files', () => {
  it('leaves the damaged files out, names them, and the rest restores whole', async () => {
    const { name, flipped, gone, good, goodBytes } = await damagedVault();
    const { core } = await reopened(name);
    const { id, skipped } = await core.exportOpen(PASS, null, { ops: 1, mem: MIB });
    await core.exportClose(id);
    expect(skipped.map((f) => [f.name, f.sha256, f.problem]).sort()).toEqual([
      ['flipped.jpg', flipped.sha256, 'damaged'], ['gone.png', gone.sha256, 'missing'],
    ]);
    const file = await exportBlob(core);
    const { core: restored } = await namedVault();
    await importBlob(restored, file, 'replace');
    expect(restored.blobInfo(flipped.id)).toBeUndefined();
    expect(restored.blobInfo(gone.id)).toBeUndefined();
    expect(sha(await readBlob(restored, good.id))).toBe(sha(goodBytes));
    expect(restored.list('journal-version').map((i) => (i.value as { what: string }).what).sort()).toEqual(['first', 'second']);
  });

  it('a chunk damaged after the check stops that export once, then the next one leaves the file out', async () => {
    const { core, name } = await namedVault();
    const photo = await addBlob(core, pattern(MIB + 10, 7), 'image/jpeg', 'late.jpg');
    const other = await addBlob(core, pattern(400, 8), 'image/jpeg', 'other.jpg');
    core.lock();
    const { core: again } = await reopened(name);
    expect((await again.fileCheck()).damaged).toEqual([]);
    const db = again.rawDb();
    const row = (await db.get(STORE.chunks, chunkId(photo.id, 0)))!;
    row.ct[0]! ^= 0x80;
    await db.put(STORE.chunks, row);
    await expect(exportBlob(again)).rejects.toMatchObject({ code: 'changed' });
    const file = await exportBlob(again);
    const { core: restored } = await namedVault();
    await importBlob(restored, file, 'replace');
    expect(restored.blobInfo(photo.id)).toBeUndefined();
    expect(restored.blobInfo(other.id)).toMatchObject({ name: 'other.jpg', sha256: other.sha256 });
  });
});
