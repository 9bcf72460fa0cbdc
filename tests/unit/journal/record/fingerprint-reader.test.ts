// The app's fingerprints (journal v1, whole record v2), computed by the app's own code on a real
// vault, match what the independent reader (tests/reader, written from docs/FORMAT.md) computes
// from the raw rows and from a backup file: a v2 vault written today, and the v1 fixture after
// its upgrade. An old (v1) fingerprint stays checkable after the vault changes.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { VaultCore } from '../../../../src/vault/worker/core';
import { STORE, VAULT_VERSION } from '../../../../src/vault/format';
import { addBlob, bytesOf, exportBlob, namedVault, pattern, PASS } from '../../backup-helpers';
import { incident, T0 } from '../helpers';
import * as reader from '../../../reader/reader';

// The journal's vault door, backed by a real VaultCore (the one the test is using).
let core: VaultCore;
const locked = vi.hoisted(() => new Set<() => void>());
vi.mock('../../../../src/vault', () => ({
  repository: (kind: string) => ({
    put: (value: unknown, id?: string) => core.put(kind, id ?? null, value),
    get: async (id: string) => core.get(kind, id),
    list: async () => core.list(kind),
    delete: (id: string) => core.delete(kind, id),
  }),
  blobs: { list: async () => core.blobList() },
  vault: { onLock: (listener: () => void) => (locked.add(listener), () => locked.delete(listener)) },
}));
const { recordFingerprint } = await import('../../../../src/features/journal/record/integrityLog');
const { saveEntry, journalVersions } = await import('../../../../src/features/journal/store');
const { findJournalFingerprint, fingerprintVersion } = await import('../../../../src/features/journal/record/fingerprint');

async function dumpOf(vault: VaultCore): Promise<reader.Dump> {
  const db = vault.rawDb();
  return { h: await db.getAll(STORE.header), r: await db.getAll(STORE.records), b: await db.getAll(STORE.chunks) } as unknown as reader.Dump;
}

const asRecords = (backup: reader.OpenedBackup) => [...backup.records, ...backup.blobs.map((b) => ({ k: '_blob', d: b.meta }))];

beforeAll(reader.ready);

describe('the fingerprint, as the app and an independent reader compute it', () => {
  it('a vault written today: the same v1 and v2 fingerprints from the app, the raw rows and the backup', async () => {
    ({ core } = await namedVault());
    await saveEntry(incident(T0, 'Waited outside the gym'));
    const first = (await recordFingerprint()).parts.journal;
    await saveEntry(incident(T0 + 1000, 'Sent flowers to work', ['gifts']));
    await core.put('letter', null, { templateId: 'no-contact', lang: 'en', fields: { name: 'Ana' }, status: 'draft', createdAt: T0, updatedAt: T0 });
    await core.put('plan', null, { steps: ['Bag by the door'], updatedAt: T0 });
    const photo = pattern(1024 * 1024 + 5000, 7); // two chunks, the last padded
    await addBlob(core, photo);
    const app = await recordFingerprint();
    expect(fingerprintVersion(app.fingerprint)).toBe(2);

    const dump = await dumpOf(core);
    const opened = reader.openVault(dump, PASS);
    // Vault format v3 (its rows are v2's); the reader checks its sealed index from the doc alone.
    expect(opened.version).toBe(VAULT_VERSION);
    expect(reader.checkIndex(opened)).toEqual({ missing: {}, rolledBack: {}, unlisted: {}, indexDamaged: false });
    expect(reader.journalFingerprint(opened.records)).toEqual({ fingerprint: app.parts.journal, versions: 2, intact: true });
    expect(reader.recordFingerprint(opened.records)).toBe(app.fingerprint);
    const meta = opened.records.find((r) => r.k === '_blob')!.d as reader.BlobMeta;
    expect(Buffer.from(reader.readAttachment(dump, opened, meta)).equals(Buffer.from(photo))).toBe(true);

    const backup = reader.openBackup(await bytesOf(await exportBlob(core)), PASS);
    expect(backup.version).toBe(2);
    expect(reader.recordFingerprint(asRecords(backup))).toBe(app.fingerprint);
    expect(Buffer.from(backup.blobs[0]!.bytes).equals(Buffer.from(photo))).toBe(true);

    // A letter changed: the v2 fingerprint moves, the journal's does not; the first v1 value is still found.
    const [letter] = core.list('letter');
    await core.put('letter', letter!.id, { ...(letter!.value as object), fields: { name: 'Ana M.' } });
    const after = await recordFingerprint();
    expect(after.fingerprint).not.toBe(app.fingerprint);
    expect(after.parts.journal).toBe(app.parts.journal);
    expect(findJournalFingerprint(await journalVersions(), first)?.seq).toBe(0);
  });

  it('the v1 fixture: the reader on the old rows and the app after the upgrade agree', async () => {
    const text = readFileSync('tests/fixtures/v1-vault.json', 'utf8');
    const fixture = JSON.parse(text) as { passphrase: string };
    const dump = reader.reviveDump(text);
    const expected = reader.recordFingerprint(reader.openVault(dump, fixture.passphrase).records);
    const name = `fp-v1-${Date.now()}`;
    const loader = new VaultCore(name);
    await loader.init();
    for (const store of ['h', 'r', 'b'] as const) for (const row of dump[store]) await loader.rawDb().put(store, row as never);
    loader.lock();
    for (const listener of locked) listener(); // the journal forgets the previous vault, as at a lock
    core = new VaultCore(name);
    expect(await core.unlock(fixture.passphrase)).toMatchObject({ upgraded: true });
    expect((await recordFingerprint()).fingerprint).toBe(expected);
    // And the upgraded (v2) rows read the same.
    expect(reader.recordFingerprint(reader.openVault(await dumpOf(core), fixture.passphrase).records)).toBe(expected);
  });
});
