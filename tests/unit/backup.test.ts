// Backup round trips: byte-identical content (evidence included), the file's shape, the
// separate backup passphrase, replace and merge, status for reminders, and crash cleanup.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { VaultCore } from '../../src/vault/worker/core';
import { STORE } from '../../src/vault/format';
import { FRAME_HEAD_BYTES, FRAME_PLAIN_BYTES, FINAL_PLAIN_BYTES, BACKUP_MAGIC, backupFileName } from '../../src/vault/backup/format';
import { Stager } from '../../src/vault/backup/stage';
import { ImportSession } from '../../src/vault/backup/import';
import { CLEAN } from './vault-helpers';
import {
  PASS, addBlob, addLegacyBlob, bytesOf, contents, exportBlob, importBlob, namedVault, pattern, readBlob, snapshot, verifyOnly,
} from './backup-helpers';

const KINDS = ['journal-version', 'letter', 'plan', 'settings', '_blob'];

async function seeded() {
  const { core, name } = await namedVault();
  const photo = pattern(700 * 1024 + 13, 7);
  const photoInfo = await addBlob(core, photo);
  const empty = await addBlob(core, new Uint8Array(0), 'text/plain', 'empty.txt');
  const big = { text: 'é✓ '.repeat(200_000), nested: { list: [1, 2.5, null, true, 'x'] } };
  await core.put('journal-version', null, { what: 'They called 14 times', evidence: [{ blobId: photoInfo.id }] });
  await core.put('journal-version', null, big);
  await core.put('letter', null, { title: 'Notice', sent: false });
  await core.put('plan', null, { items: ['bag', 'documents'] });
  await core.put('settings', 'settings', { autoLock: { idleMinutes: 5, lockOnHide: true } });
  return { core, name, photo, photoInfo, empty };
}

describe('backup round trip', () => {
  it('restores every record and attachment byte for byte into another vault', async () => {
    const { core, photo, photoInfo, empty } = await seeded();
    const file = await exportBlob(core);
    const { core: other } = await namedVault('a different passphrase on the new phone');
    // A new, empty vault: the restore right after setup does not ask for its passphrase again.
    const report = await importBlob(other, file, 'replace', PASS, null);
    expect(report).toMatchObject({ mode: 'replace', added: 7, removed: 0 });
    expect(contents(other, KINDS)).toEqual(contents(core, KINDS));
    const restored = await readBlob(other, photoInfo.id);
    expect(Buffer.from(restored).equals(Buffer.from(photo))).toBe(true);
    expect(createHash('sha256').update(restored).digest('hex')).toBe(photoInfo.sha256);
    expect(other.blobInfo(photoInfo.id)).toEqual(photoInfo);
    expect((await readBlob(other, empty.id)).length).toBe(0);
    // Restored under the new vault's key: it reopens with its own passphrase.
    other.lock();
  });

  it('carries attachments sealed under their own key, which never leaves the worker', async () => {
    const { core, photoInfo } = await seeded();
    expect(Object.keys(photoInfo)).not.toContain('key');
    expect(Object.keys(core.blobInfo(photoInfo.id)!)).not.toContain('key');
    const stored = core.records.get('_blob', photoInfo.id) as { key: string };
    expect(stored.key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const file = await exportBlob(core);
    const { core: other } = await namedVault();
    await importBlob(other, file, 'replace');
    // The chunks were stored exactly as they travelled: same ciphertext, same key.
    const rows = async (c: typeof core) => (await c.rawDb().getAll(STORE.chunks)).filter((r) => r.id.startsWith(photoInfo.id)).map((r) => Buffer.from(r.ct).toString('hex'));
    expect(await rows(other)).toEqual(await rows(core));
    expect((other.records.get('_blob', photoInfo.id) as { key: string }).key).toBe(stored.key);
  });

  it('re-chunks older attachments (sealed with the vault key) at 1 MiB boundaries under a new key of their own', async () => {
    const { core } = await namedVault();
    const sizes = [2 * 1024 * 1024, 2 * 1024 * 1024 + 1, 1024 * 1024 - 1, 3 * 1024 * 1024 + 300_000];
    const infos = [];
    for (const [i, size] of sizes.entries()) infos.push({ info: await addLegacyBlob(core, pattern(size, i + 1)), bytes: pattern(size, i + 1) });
    const { core: other } = await namedVault();
    await importBlob(other, await exportBlob(core), 'replace');
    for (const { info, bytes } of infos) {
      // Whole 1 MiB chunks, then a shorter (padded) last one: 2 MiB is 2 + an empty last.
      expect(other.blobInfo(info.id)!.chunks).toBe(Math.floor(info.size / (1024 * 1024)) + 1);
      expect((other.records.get('_blob', info.id) as { key?: string }).key).toBeDefined();
      expect(Buffer.from(await readBlob(other, info.id)).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it('writes a file with nothing readable, sized only by whole frames', async () => {
    const { core } = await seeded();
    const bytes = await bytesOf(await exportBlob(core));
    expect(Array.from(bytes.subarray(0, 8))).toEqual(Array.from(BACKUP_MAGIC));
    const text = Buffer.from(bytes).toString('latin1');
    for (const marker of ['They called', 'journal', 'Notice', 'photo.jpg', 'settings', 'daybook']) expect(text).not.toContain(marker);
    const headerLength = new DataView(bytes.buffer).getUint32(12);
    const body = bytes.length - 16 - headerLength - 16 - (FRAME_HEAD_BYTES + FINAL_PLAIN_BYTES + 16);
    expect(body % (FRAME_HEAD_BYTES + FRAME_PLAIN_BYTES + 16)).toBe(0);
    expect(JSON.parse(Buffer.from(bytes.subarray(16, 16 + headerLength)).toString())).toEqual({
      id: expect.any(String), kdf: { alg: 'argon2id13', ops: 1, mem: 1024 * 1024, salt: expect.any(String) },
      nonce: expect.any(String), key: expect.any(String),
    });
  });

  it('reports what a file holds before anything is applied', async () => {
    const { core } = await seeded();
    const file = await exportBlob(core);
    const summary = await verifyOnly(core, file);
    expect(summary).toMatchObject({ records: 5, blobs: 2, fileBytes: file.size });
    expect(summary.bytes).toBeGreaterThan(700 * 1024);
  });

  it('uses a separate backup passphrase when one is chosen, and asks for the current one', async () => {
    const { core } = await seeded();
    await expect(core.exportOpen('not my passphrase', null)).rejects.toMatchObject({ code: 'wrong-passphrase' });
    const file = await exportBlob(core, PASS, 'a separate backup phrase');
    const { core: other } = await namedVault();
    await expect(importBlob(other, file, 'merge', PASS)).rejects.toMatchObject({ code: 'wrong-passphrase' });
    await importBlob(other, file, 'merge', 'a separate backup phrase');
    expect(other.list('letter')).toHaveLength(1);
  });

  it('remembers when the last backup was made (for reminders), and never exports that', async () => {
    const { core } = await seeded();
    expect(core.backupStatus()).toEqual({ lastBackupAt: null });
    const before = Date.now();
    const file = await exportBlob(core);
    expect(core.backupStatus().lastBackupAt).toBeGreaterThanOrEqual(before);
    const { core: other } = await namedVault();
    await importBlob(other, file, 'replace');
    expect(other.backupStatus()).toEqual({ lastBackupAt: null });
  });

  it('names the file neutrally', () => {
    expect(backupFileName(new Date(2026, 10, 23))).toBe('notes-2026-11-23.backup');
  });

  it('refuses to export a photo deleted halfway through', async () => {
    const { core, photoInfo } = await seeded();
    const { id } = await core.exportOpen(PASS, null, { ops: 1, mem: 1024 * 1024 });
    await core.blobDelete(photoInfo.id);
    await expect((async () => { for (;;) if ((await core.exportNext(id)).finished) return; })()).rejects.toMatchObject({ code: 'changed' });
  });
});

describe('replace and merge', () => {
  it('replace: the backup replaces the content; this device keeps its own settings of the vault', async () => {
    const { core: source } = await seeded();
    const file = await exportBlob(source);
    const { core } = await namedVault();
    const local = await addBlob(core, pattern(300 * 1024, 3));
    await core.put('journal-version', null, { what: 'only here' });
    await exportBlob(core); // gives it a backup status record, which must survive
    const report = await importBlob(core, file, 'replace');
    expect(report.removed).toBe(2);
    expect(contents(core, KINDS)).toEqual(contents(source, KINDS));
    expect(core.blobInfo(local.id)).toBeUndefined();
    // The old photo's chunks are gone too; the new ones are all that is stored.
    const chunkIds = (await core.rawDb().getAllKeys(STORE.chunks)) as string[];
    expect(chunkIds.some((id) => id.startsWith(local.id))).toBe(false);
    expect(core.backupStatus().lastBackupAt).not.toBeNull();
  });

  it('merge: same id and content kept once; same id with different content kept both', async () => {
    const { core } = await seeded();
    const file = await exportBlob(core);
    const [first] = core.list('letter');
    await core.put('letter', first!.id, { title: 'Notice (edited)', sent: true });
    await core.put('plan', null, { items: ['new here'] });
    const report = await importBlob(core, file, 'merge');
    expect(report).toMatchObject({ mode: 'merge', renamed: 1, added: 1, removed: 0, same: 6 });
    const letters = core.list('letter').map((i) => i.value);
    expect(letters).toEqual(expect.arrayContaining([{ title: 'Notice', sent: false }, { title: 'Notice (edited)', sent: true }]));
    expect(core.list('plan')).toHaveLength(2);
    expect(core.list('journal-version')).toHaveLength(2);
    expect(core.records.list('_blob')).toHaveLength(2);
    // Merging the same file again changes nothing.
    const again = await snapshot(core);
    expect((await importBlob(core, file, 'merge')).added).toBe(0);
    expect(await snapshot(core)).toBe(again);
  });

  it('merge into a vault that already has a different photo under the same id keeps both and fixes references', async () => {
    const { core, photoInfo } = await seeded();
    const file = await exportBlob(core);
    const { core: other } = await namedVault();
    await importBlob(other, file, 'replace');
    // Tamper locally (as a bug might): a different photo under the same id.
    await other.blobDelete(photoInfo.id);
    const otherBytes = pattern(1000, 99);
    const writer = other.blobBegin('image/jpeg', 'x.jpg');
    await other.blobWrite(writer, otherBytes, true);
    const info = other.blobInfo(writer)!;
    await other.write({ puts: [{ kind: '_blob', id: photoInfo.id, data: { ...info, id: photoInfo.id } }] });
    // (its chunks live under the writer's id; the point is the clash of ids)
    await importBlob(other, file, 'merge');
    const entry = other.list('journal-version').find((i) => JSON.stringify(i.value).includes('14 times') && !JSON.stringify(i.value).includes(photoInfo.id));
    expect(entry).toBeDefined();
    const newId = (entry!.value as { evidence: Array<{ blobId: string }> }).evidence[0]!.blobId;
    expect(Buffer.from(await readBlob(other, newId)).equals(Buffer.from(pattern(700 * 1024 + 13, 7)))).toBe(true);
  });
});

describe('records beyond the memory budget', () => {
  it('spill to staging rows and still arrive intact, in one commit', async () => {
    const { core } = await seeded();
    const file = await exportBlob(core);
    const { core: other } = await namedVault();
    const session = await ImportSession.open(file, PASS);
    while (!(await session.verify()).summary) { /* verifying */ }
    const target = async () => ({
      db: other.rawDb(), key: other.vaultKey(), records: other.records, change: other.records.change(), chunkOwners: new Set<string>(), holdBytes: 100,
    });
    let step;
    do step = await session.apply('replace', target, (work) => other.serial(work)); while (!step.report);
    await session.close();
    await other.reload();
    expect(contents(other, KINDS)).toEqual(contents(core, KINDS));
    expect(((await other.rawDb().getAllKeys(STORE.records)) as string[]).some((k) => k.startsWith('~'))).toBe(false);
  });
});

describe('crash in the middle of an import', () => {
  it('leaves staging rows that the next unlock removes, with the vault as it was', async () => {
    const { core, name } = await namedVault();
    await core.put('journal-version', null, { what: 'kept' });
    const before = await snapshot(core);
    // No room to hold records in memory: they go to staging rows too.
    const stager = new Stager({ db: core.rawDb(), key: core.vaultKey(), records: core.records, change: core.records.change(), chunkOwners: new Set(), version: 2, holdBytes: 0 }, 'replace');
    await stager.record({ id: 'imported-1', k: 'journal-version', d: { what: 'half-imported' } });
    await stager.blob({ id: 'blob-1', type: 'image/png', name: 'a.png', size: 3, chunks: 1, sha256: 'a'.repeat(64), addedAt: 1 });
    await stager.chunk(new Uint8Array([1, 2, 3]), 0, true);
    await stager.flush();
    expect(await snapshot(core)).not.toBe(before);
    core.lock(); // the tab dies here: no commit, no rollback
    const again = new VaultCore(name);
    const opened1 = await again.unlock(PASS);
    expect(opened1).toMatchObject({ damaged: 0 });
    expect(opened1.integrity).toEqual(CLEAN);
    expect(again.list('journal-version').map((i) => i.value)).toEqual([{ what: 'kept' }]);
    expect(await snapshot(again)).toBe(before);
  });
});
