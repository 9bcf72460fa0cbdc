// The ex's attacks on the stored vault, each performed and then seen refused or reported:
// an old header put back after a passphrase change, rows deleted, replayed or slipped in, a
// backup imported by someone holding the unlocked app, crafted KDF settings, guessing at the
// lock screen, and asking the worker for internal kinds.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VaultCore } from '../../src/vault/worker/core';
import { openSlots } from '../../src/vault/worker/keyslots';
import { openEnvelope } from '../../src/vault/worker/envelope';
import { DEFAULT_KDF, LOG_ID, STORE, lowerKdfFloorForTests, type AttemptLog, type VaultHeader } from '../../src/vault/format';
import { CLEAN, FAST } from './vault-helpers';
import { PASS, addBlob, exportBlob, importBlob, namedVault, pattern, snapshot } from './backup-helpers';
import { encodePrefix, encodeHeader, CHECK_BYTES, PREFIX_BYTES } from '../../src/vault/backup/format';
import { checksum, loadSodium, toBase64, randomBytes } from '../../src/vault/worker/crypto';

const NEXT = 'a brand new passphrase only I know';
const whats = (core: VaultCore) => core.list('journal-version').map((i) => (i.value as { what: string }).what).sort();

afterEach(() => {
  vi.restoreAllMocks();
  lowerKdfFloorForTests({ ops: 1, mem: 1024 * 1024 });
});

describe('a passphrase change makes a new key', () => {
  it('copy the rows, change the passphrase, put them back: the old passphrase opens nothing written after', async () => {
    const { core, name } = await namedVault();
    await core.put('journal-version', null, { what: 'before the change' });
    const oldHeader = (await core.rawDb().get(STORE.header, 'main')) as VaultHeader;
    const oldRows = await core.rawDb().getAll(STORE.records);
    await core.changePassphrase(PASS, NEXT);
    await core.put('journal-version', null, { what: 'after the change' });
    const newRows = await core.rawDb().getAll(STORE.records);
    // Offline, with the old header and the old passphrase: the old vault key opens no row of today's.
    const old = openSlots(oldHeader, PASS)!;
    expect(old).not.toBeNull();
    expect(newRows.filter((row) => openEnvelope(row, old.key))).toEqual([]);
    expect(oldRows.filter((row) => openEnvelope(row, old.key)).length).toBe(oldRows.length);
    // In the app: the old header put back opens only garbage, and says so.
    await core.rawDb().put(STORE.header, oldHeader);
    core.lock();
    const ex = new VaultCore(name);
    const report = await ex.unlock(PASS);
    expect(whats(ex)).toEqual([]);
    expect(report.damaged).toBe(newRows.length);
    expect(report.integrity.indexDamaged).toBe(true);
  });

  it('a change interrupted at any point leaves the old passphrase opening everything, or the new one', async () => {
    const { core, name } = await namedVault();
    for (let i = 0; i < 5; i++) await core.put('journal-version', null, { what: `entry ${i}` });
    await addBlob(core, pattern(300_000, 4));
    const before = await snapshot(core);
    const total = (await core.rawDb().count(STORE.records)) + 1;
    const original = IDBObjectStore.prototype.put;
    // Kill the one transaction after k of its writes (as a tab killed mid-commit would leave it: nothing).
    for (const k of [0, 1, Math.floor(total / 2), total - 1]) {
      let calls = 0;
      const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
        if (calls++ === k) throw new DOMException('killed', 'UnknownError');
        return original.apply(this, args as Parameters<IDBObjectStore['put']>);
      });
      await expect(core.changePassphrase(PASS, NEXT)).rejects.toMatchObject({ code: 'storage' });
      spy.mockRestore();
      expect(await snapshot(core)).toBe(before);
      // Still unlocked with the old key, still writing.
      expect(whats(core)).toHaveLength(5);
    }
    core.lock();
    const again = new VaultCore(name);
    await expect(again.unlock(NEXT)).rejects.toMatchObject({ code: 'wrong-passphrase' });
    const opened2 = await again.unlock(PASS);
    expect(opened2).toMatchObject({ damaged: 0 });
    expect(opened2.integrity).toEqual(CLEAN);
    await again.changePassphrase(PASS, NEXT, undefined, () => undefined);
    again.lock();
    const after = new VaultCore(name);
    const opened3 = await after.unlock(NEXT);
    expect(opened3).toMatchObject({ damaged: 0, brokenFiles: 0 });
    expect(opened3.integrity).toEqual(CLEAN);
    expect(whats(after)).toHaveLength(5);
  });

  it('reports progress while re-encrypting, and turns the duress passphrase off', async () => {
    const { core, name } = await namedVault();
    for (let i = 0; i < 600; i++) await core.write({ puts: [{ kind: 'journal-version', id: null, data: { what: `e${i}` } }] });
    await core.duressEnable(PASS, 'the duress words here', false, [{ kind: 'note', value: 'x' }]);
    const seen: number[] = [];
    const result = await core.changePassphrase(PASS, NEXT, undefined, (done, total) => seen.push(done / total));
    expect(result).toEqual({ duressTurnedOff: true });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    core.lock();
    await expect(new VaultCore(name).unlock('the duress words here')).rejects.toMatchObject({ code: 'wrong-passphrase' });
  });
});

describe('the sealed index reports what was cut, rolled back or slipped in', () => {
  async function seeded() {
    const { core, name } = await namedVault();
    const ids = [];
    for (const what of ['one', 'two', 'three']) ids.push(await core.put('journal-version', null, { what }));
    const plan = await core.put('plan', null, { step: 1 });
    return { core, name, ids, plan, db: core.rawDb() };
  }

  it('delete a row: the newest journal version', async () => {
    const { core, name, ids, db } = await seeded();
    await db.delete(STORE.records, ids[2]!);
    core.lock();
    const report = await new VaultCore(name).unlock(PASS);
    expect(report.integrity).toEqual({ missing: { 'journal-version': 1 }, rolledBack: {}, unlisted: {}, indexDamaged: false });
  });

  it("delete a photo's metadata record", async () => {
    const { core, name, db } = await seeded();
    const info = await addBlob(core, pattern(5000, 1));
    const rowOfBlob = (await db.getAll(STORE.records)).find((row) => openEnvelope(row, core.vaultKey())?.i === info.id)!;
    await db.delete(STORE.records, rowOfBlob.id);
    core.lock();
    expect((await new VaultCore(name).unlock(PASS)).integrity.missing).toEqual({ _blob: 1 });
  });

  it('replay a row: an older copy of the safety plan put back', async () => {
    const { core, name, plan, db } = await seeded();
    const older = (await db.get(STORE.records, plan))!;
    await core.put('plan', plan, { step: 2 });
    await db.put(STORE.records, older);
    core.lock();
    const again = new VaultCore(name);
    expect((await again.unlock(PASS)).integrity).toEqual({ missing: {}, rolledBack: { plan: 1 }, unlisted: {}, indexDamaged: false });
    // Shown as it is (never dropped), and reported until the person notes it.
    expect(again.get('plan', plan)).toEqual({ step: 1 });
    await again.acceptIntegrity();
    again.lock();
    expect((await new VaultCore(name).unlock(PASS)).integrity.rolledBack).toEqual({});
  });

  it('a deleted record put back, and the whole index removed', async () => {
    const { core, name, ids, db } = await seeded();
    const gone = (await db.get(STORE.records, ids[0]!))!;
    await core.delete('journal-version', ids[0]!);
    await db.put(STORE.records, gone);
    core.lock();
    expect((await new VaultCore(name).unlock(PASS)).integrity.unlisted).toEqual({ 'journal-version': 1 });
    const probe = new VaultCore(name);
    await probe.unlock(PASS);
    const indexRows = (await db.getAll(STORE.records)).filter((row) => ['_root', '_shard'].includes(openEnvelope(row, probe.vaultKey())?.k ?? ''));
    probe.lock();
    for (const row of indexRows) await db.delete(STORE.records, row.id);
    expect((await new VaultCore(name).unlock(PASS)).integrity.indexDamaged).toBe(true);
  });

  it('a clean vault reports nothing, after saves, deletes, photos and a passphrase change', async () => {
    const { core, name, ids } = await seeded();
    await core.delete('journal-version', ids[1]!);
    const photo = await addBlob(core, pattern(2000, 3));
    await core.blobDelete(photo.id);
    await addBlob(core, pattern(3000, 5));
    await core.changePassphrase(PASS, NEXT);
    core.lock();
    const opened4 = await new VaultCore(name).unlock(NEXT);
    expect(opened4).toMatchObject({ damaged: 0, brokenFiles: 0 });
    expect(opened4.integrity).toEqual(CLEAN);
  });

  it("a photo's chunk deleted is reported as a broken file", async () => {
    const { core, name, db } = await seeded();
    const info = await addBlob(core, pattern(2 * 1024 * 1024, 2));
    await db.delete(STORE.chunks, `${info.id}.000001`);
    core.lock();
    expect((await new VaultCore(name).unlock(PASS)).brokenFiles).toBe(1);
  });
});

describe('destructive actions ask for the passphrase', () => {
  it('import as the ex: their own backup, into the unlocked app, is refused without this vault\'s passphrase', async () => {
    const { core: victim } = await namedVault();
    await victim.put('journal-version', null, { what: 'the real record' });
    const { core: ex } = await namedVault('the ex knows this one');
    await ex.put('journal-version', null, { what: 'a story of their own' });
    const file = await exportBlob(ex, 'the ex knows this one');
    const before = await snapshot(victim);
    for (const mode of ['replace', 'merge'] as const) {
      await expect(importBlob(victim, file, mode, 'the ex knows this one', null)).rejects.toMatchObject({ code: 'wrong-passphrase' });
      await expect(importBlob(victim, file, mode, 'the ex knows this one', 'a guess')).rejects.toMatchObject({ code: 'wrong-passphrase', message: 'local' });
    }
    expect(await snapshot(victim)).toBe(before);
    expect(whats(victim)).toEqual(['the real record']);
  });

  it('erase all data needs the passphrase; a wrong one changes nothing', async () => {
    const { core, name } = await namedVault();
    await core.put('journal-version', null, { what: 'keep me' });
    const before = await snapshot(core);
    await expect(core.eraseAll('not the passphrase')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    expect(await snapshot(core)).toBe(before);
    await core.eraseAll(PASS);
    expect(await new VaultCore(name).exists()).toBe(false);
  });

  it('turning duress off needs the passphrase', async () => {
    const { core } = await namedVault();
    await core.duressEnable(PASS, 'duress words here', false, []);
    const before = await snapshot(core);
    await expect(core.duressDisable('a guess')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    expect(await snapshot(core)).toBe(before);
  });
});

describe('crafted headers buy no Argon2id run', () => {
  async function craftedBackup(ops: number, mem: number): Promise<Blob> {
    await loadSodium();
    const json = encodeHeader({ id: toBase64(randomBytes(16)), kdf: { alg: 'argon2id13', ops, mem, salt: toBase64(randomBytes(16)) }, nonce: toBase64(randomBytes(24)), key: toBase64(randomBytes(48)) });
    const bytes = new Uint8Array(PREFIX_BYTES + json.length + CHECK_BYTES);
    bytes.set(encodePrefix(json.length));
    bytes.set(json, PREFIX_BYTES);
    bytes.set(checksum(bytes.subarray(0, PREFIX_BYTES + json.length), CHECK_BYTES), PREFIX_BYTES + json.length);
    return new Blob([bytes]);
  }

  it('a 200-byte backup asking for 512 MiB x 16 passes is refused as damaged, before any derivation', async () => {
    const { core } = await namedVault();
    const file = await craftedBackup(16, 512 * 1024 * 1024);
    expect(file.size).toBeLessThan(400);
    const sodium = (await import('libsodium-wrappers-sumo')).default;
    const pwhash = vi.spyOn(sodium, 'crypto_pwhash');
    await expect(core.importOpen(file, PASS, PASS)).rejects.toMatchObject({ code: 'backup-damaged' });
    // Only the confirmation of this vault's own passphrase ran Argon2id, at this vault's settings.
    expect(pwhash.mock.calls.every((call) => call[4] === FAST.mem)).toBe(true);
  });

  it('a vault header above the bounds, or below the defaults, is refused before deriving', async () => {
    const { core, name } = await namedVault();
    const header = (await core.rawDb().get(STORE.header, 'main')) as VaultHeader;
    core.lock();
    const sodium = (await import('libsodium-wrappers-sumo')).default;
    const pwhash = vi.spyOn(sodium, 'crypto_pwhash');
    await core.rawDb().put(STORE.header, { ...header, slots: header.slots.map((s) => ({ ...s, kdf: { ...s.kdf, mem: 1024 * 1024 * 1024 } })) });
    await expect(new VaultCore(name).unlock(PASS)).rejects.toMatchObject({ code: 'corrupt' });
    await core.rawDb().put(STORE.header, header);
    // The app's own floor is the defaults: this test vault's cheap settings are then refused too.
    lowerKdfFloorForTests(DEFAULT_KDF);
    await expect(new VaultCore(name).unlock(PASS)).rejects.toMatchObject({ code: 'corrupt' });
    expect(pwhash).not.toHaveBeenCalled();
  });
});

describe('guessing at the lock screen', () => {
  it('records failed attempts sealed, reports them at the next unlock, and slows down after five', async () => {
    const { core, name } = await namedVault();
    core.lock();
    let now = Date.UTC(2026, 11, 1, 9, 0);
    const clock = () => now;
    const tries = new VaultCore(name, clock);
    for (let i = 0; i < 5; i++) {
      now += 1000;
      await expect(tries.unlock(`birthday ${i}`)).rejects.toMatchObject({ code: 'wrong-passphrase' });
    }
    const log = (await tries.rawDb().get(STORE.header, LOG_ID)) as AttemptLog;
    // The times are sealed to the vault's public key: nothing but the wait is readable.
    expect(Object.keys(log)).not.toContain('failures');
    expect(Object.keys(log)).not.toContain('lastAt');
    expect(log.boxes).toHaveLength(5);
    for (const box of log.boxes) expect(Buffer.from(box).toString('latin1')).not.toContain(String(now).slice(0, 6));
    // The sixth try waits, and costs no Argon2id: not even the right passphrase gets in early.
    const fifth = now;
    await expect(tries.unlock(PASS)).rejects.toMatchObject({ code: 'throttled', message: String(now + 30_000) });
    // A try during the wait (a search on a disguise's front) is kept for the report, but never lengthens the wait.
    now += 10_000;
    await expect(tries.unlock('another guess here')).rejects.toMatchObject({ code: 'throttled', message: String(fifth + 30_000) });
    expect(await tries.lockInfo()).toEqual({ nextTryAt: fifth + 30_000, minLength: 10 });
    now = fifth + 30_000;
    const report = await tries.unlock(PASS);
    expect(report.attempts).toMatchObject({
      count: 7, lastAt: fifth + 10_000, inApp: 0, tampered: null,
      times: [fifth - 4000, fifth - 3000, fifth - 2000, fifth - 1000, fifth, fifth, fifth + 10_000],
    });
    tries.lock();
    // Reported once, then cleared.
    expect((await new VaultCore(name, clock).unlock(PASS)).attempts).toMatchObject({ count: 0, lastAt: null, times: [], tampered: null });
  });

  it('a duress unlock ends the wait but keeps the record of the tries for the real unlock', async () => {
    const { core, name } = await namedVault();
    await core.duressEnable(PASS, 'duress words here', false, []);
    core.lock();
    let now = 1_000_000;
    const clock = () => now;
    await expect(new VaultCore(name, clock).unlock('guess')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    now += 5000;
    expect((await new VaultCore(name, clock).unlock('duress words here')).attempts.count).toBe(0);
    expect((await new VaultCore(name, clock).unlock(PASS)).attempts).toMatchObject({ count: 1, lastAt: 1_000_000, times: [1_000_000], tampered: null });
  });
});

describe('the worker refuses internal kinds itself', () => {
  it('put, get, list and delete of "_" kinds are refused, whatever the page sends', async () => {
    const { core } = await namedVault();
    await addBlob(core, pattern(100, 1));
    for (const kind of ['_blob', '_decoy', '_root', '_shard', '_backup']) {
      expect(() => core.list(kind)).toThrow(expect.objectContaining({ code: 'unsupported' }));
      expect(() => core.get(kind, 'x')).toThrow(expect.objectContaining({ code: 'unsupported' }));
      await expect(core.put(kind, null, {})).rejects.toMatchObject({ code: 'unsupported' });
      await expect(core.delete(kind, 'x')).rejects.toMatchObject({ code: 'unsupported' });
    }
  });

  it('a bug is reported as internal, not as a storage error', async () => {
    const { storageError } = await import('../../src/vault/errors');
    expect(storageError(new TypeError('x is undefined')).code).toBe('internal');
    expect(storageError(new DOMException('gone', 'NotFoundError')).code).toBe('storage');
    expect(storageError(new DOMException('full', 'QuotaExceededError')).code).toBe('quota');
  });
});
