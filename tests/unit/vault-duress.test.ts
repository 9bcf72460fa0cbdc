// The duress passphrase: a constant-shape header, a decoy that looks normal, real data that
// never shows in the decoy (nor the decoy in the real vault), erase mode, and no way for a
// decoy session to touch the real passphrase.
import { describe, expect, it } from 'vitest';
import { VaultCore } from '../../src/vault/worker/core';
import { STORE, type VaultHeader } from '../../src/vault/format';
import { INDEX_ROWS } from '../../src/vault/worker/integrity';
import { CLEAN, FAST } from './vault-helpers';
import { PASS, addBlob, exportBlob, importBlob, namedVault, pattern, snapshot } from './backup-helpers';

const DURESS = 'grocery list tuesday';
const DECOY = [
  { kind: 'journal-version', value: { what: 'Dentist moved to Thursday' } },
  { kind: 'journal-version', value: { what: 'Buy milk and bread' } },
];

async function withDuress(erase = false) {
  const { core, name } = await namedVault();
  const real = await core.put('journal-version', null, { what: 'He waited outside my work' });
  const photo = await addBlob(core, pattern(300 * 1024, 4));
  await core.duressEnable(PASS, DURESS, erase, DECOY);
  core.lock();
  return { core, name, real, photo };
}

const whats = (core: VaultCore) => core.list('journal-version').map((i) => (i.value as { what: string }).what).sort();

describe('header shape', () => {
  it('always has two slots with the same parameters and sizes, duress on or off', async () => {
    const { core } = await namedVault();
    const shape = async () => ((await core.rawDb().get(STORE.header, 'main')) as VaultHeader).slots.map((s) => [s.kdf.ops, s.kdf.mem, Buffer.from(s.kdf.salt).toString('hex'), s.nonce.length, s.sealed.length]);
    const off = await shape();
    expect(off).toHaveLength(2);
    expect(off[0]).toEqual(off[1]);
    await core.duressEnable(PASS, DURESS, false, DECOY);
    expect(await shape()).toEqual(off);
    await core.duressDisable(PASS);
    expect(await shape()).toEqual(off);
  });
});

describe('decoy mode', () => {
  it('the duress passphrase opens only the decoy, reporting nothing odd; the real one opens only the real', async () => {
    const { name, photo } = await withDuress();
    const decoy = new VaultCore(name);
    expect(await decoy.unlock(DURESS)).toMatchObject({ damaged: 0, mode: 'decoy' });
    expect(whats(decoy)).toEqual(['Buy milk and bread', 'Dentist moved to Thursday']);
    expect(decoy.records.list('_blob')).toEqual([]);
    expect(decoy.duressStatus()).toEqual({ enabled: false, erase: false });
    await expect(decoy.blobChunk(photo.id, 0)).rejects.toMatchObject({ code: 'not-found' });
    // Written in the decoy, it stays in the decoy.
    await decoy.put('journal-version', null, { what: 'Gym at 6' });
    decoy.lock();
    const real = new VaultCore(name);
    const realReport = await real.unlock(PASS);
    expect(realReport).toMatchObject({ damaged: 0 });
    // Only the decoy's page is told it is the decoy.
    expect(realReport.mode).toBeUndefined();
    expect(whats(real)).toEqual(['He waited outside my work']);
    expect(real.duressStatus()).toEqual({ enabled: true, erase: false });
    real.lock();
    const again = new VaultCore(name);
    await again.unlock(DURESS);
    expect(whats(again)).toContain('Gym at 6');
  });

  it('refuses a duress passphrase equal to the real one, or a wrong current passphrase', async () => {
    const { core } = await namedVault();
    await expect(core.duressEnable(PASS, PASS, false, DECOY)).rejects.toMatchObject({ code: 'same-passphrase' });
    await expect(core.duressEnable('wrong', DURESS, false, DECOY)).rejects.toMatchObject({ code: 'wrong-passphrase' });
    expect(core.duressStatus()).toEqual({ enabled: false, erase: false });
  });

  it('inside the decoy, passphrase and duress changes never touch the real slot', async () => {
    const { name } = await withDuress();
    const decoy = new VaultCore(name);
    await decoy.unlock(DURESS);
    await decoy.duressEnable(DURESS, 'another one here', true, DECOY);
    expect(decoy.duressStatus()).toEqual({ enabled: true, erase: true });
    await decoy.changePassphrase(DURESS, 'new decoy phrase');
    await expect(decoy.changePassphrase('new decoy phrase', PASS)).rejects.toMatchObject({ code: 'same-passphrase' });
    decoy.lock();
    const real = new VaultCore(name);
    expect(await real.unlock(PASS)).toMatchObject({ damaged: 0 });
    expect(whats(real)).toEqual(['He waited outside my work']);
    real.lock();
    const decoyAgain = new VaultCore(name);
    await decoyAgain.unlock('new decoy phrase');
    expect(whats(decoyAgain)).toContain('Dentist moved to Thursday');
    await expect(new VaultCore(name).unlock('another one here')).rejects.toMatchObject({ code: 'wrong-passphrase' });
  });

  it('turning it off removes the decoy and its passphrase', async () => {
    const { name } = await withDuress();
    const real = new VaultCore(name);
    await real.unlock(PASS);
    const withDecoy = (await real.rawDb().getAllKeys(STORE.records)).length;
    await real.duressDisable(PASS);
    expect((await real.rawDb().getAllKeys(STORE.records)).length).toBe(withDecoy - 3 - 1);
    real.lock();
    await expect(new VaultCore(name).unlock(DURESS)).rejects.toMatchObject({ code: 'wrong-passphrase' });
    const again = new VaultCore(name);
    expect(await again.unlock(PASS)).toMatchObject({ damaged: 0 });
  });

  it('a fixed id saved in the decoy never overwrites the real record of that id', async () => {
    const { core, name } = await namedVault();
    await core.put('settings', 'settings', { idle: 5 });
    await core.duressEnable(PASS, DURESS, false, DECOY);
    core.lock();
    const decoy = new VaultCore(name);
    await decoy.unlock(DURESS);
    expect(decoy.get('settings', 'settings')).toBeUndefined();
    await decoy.put('settings', 'settings', { idle: 1 });
    await decoy.put('settings', 'settings', { idle: 2 });
    decoy.lock();
    const real = new VaultCore(name);
    expect(await real.unlock(PASS)).toMatchObject({ damaged: 0 });
    expect(real.get('settings', 'settings')).toEqual({ idle: 5 });
    await real.put('settings', 'settings', { idle: 10 });
    real.lock();
    const decoyAgain = new VaultCore(name);
    await decoyAgain.unlock(DURESS);
    expect(decoyAgain.get('settings', 'settings')).toEqual({ idle: 2 });
    await decoyAgain.delete('settings', 'settings');
    decoyAgain.lock();
    const realAgain = new VaultCore(name);
    await realAgain.unlock(PASS);
    expect(realAgain.get('settings', 'settings')).toEqual({ idle: 10 });
  });

  it('still reports real damage with duress on', async () => {
    const { name, real: id } = await withDuress();
    const core = new VaultCore(name);
    await core.unlock(PASS);
    const row = (await core.rawDb().get(STORE.records, id))!;
    row.ct[3]! ^= 1;
    await core.rawDb().put(STORE.records, row);
    core.lock();
    expect(await new VaultCore(name).unlock(PASS)).toMatchObject({ damaged: 1 });
  });

  it('an export made inside the decoy holds only the decoy; an import there never overwrites real rows', async () => {
    const { name, real } = await withDuress();
    const decoy = new VaultCore(name);
    await decoy.unlock(DURESS);
    const file = await exportBlob(decoy, DURESS);
    const fromReal = await (async () => {
      const other = new VaultCore(name);
      await other.unlock(PASS);
      const f = await exportBlob(other);
      other.lock();
      return f;
    })();
    const { core: fresh } = await namedVault();
    await importBlob(fresh, file, 'replace', DURESS);
    expect(whats(fresh)).toEqual(['Buy milk and bread', 'Dentist moved to Thursday']);
    // Someone imports the real backup into the decoy: real rows keep their bytes.
    const realRow = await decoy.rawDb().get(STORE.records, real);
    await importBlob(decoy, fromReal, 'replace', PASS, DURESS);
    expect(await decoy.rawDb().get(STORE.records, real)).toEqual(realRow);
    decoy.lock();
    const back = new VaultCore(name);
    await back.unlock(PASS);
    expect(whats(back)).toEqual(['He waited outside my work']);
  });
});

describe('erase mode', () => {
  it('the duress passphrase erases the real vault and opens the decoy as if nothing happened', async () => {
    const { name } = await withDuress(true);
    const core = new VaultCore(name);
    expect(await core.unlock(DURESS)).toMatchObject({ damaged: 0 });
    expect(whats(core)).toEqual(['Buy milk and bread', 'Dentist moved to Thursday']);
    expect(core.duressStatus()).toEqual({ enabled: false, erase: false });
    expect(await core.rawDb().count(STORE.chunks)).toBe(0);
    // The decoy's two records, and its sealed index.
    expect(await core.rawDb().count(STORE.records)).toBe(2 + INDEX_ROWS);
    const header = ((await core.rawDb().get(STORE.header, 'main')) as VaultHeader);
    expect(header.slots).toHaveLength(2);
    core.lock();
    await expect(new VaultCore(name).unlock(PASS)).rejects.toMatchObject({ code: 'wrong-passphrase' });
    const again = new VaultCore(name);
    expect(await again.unlock(DURESS)).toMatchObject({ damaged: 0 });
    expect(whats(again)).toHaveLength(2);
    const before = await snapshot(again);
    again.lock();
    // Opening it again does not erase again: it is an ordinary vault now.
    const third = new VaultCore(name);
    await third.unlock(DURESS);
    expect(await snapshot(third)).toBe(before);
  });
});

describe('unchanged behaviour', () => {
  it('a new vault unlocks with one slot of work and two slots on disk', async () => {
    const core = new VaultCore(`plain-${Date.now()}`);
    await core.create(PASS, FAST);
    core.lock();
    await expect(core.unlock(PASS)).resolves.toMatchObject({ damaged: 0 });
  });
});

describe('a photo of the person\'s own in the decoy', () => {
  it('is sealed under the decoy key: the decoy shows it, the real vault skips it, turning duress off removes it', async () => {
    const { core, name } = await namedVault();
    const bytes = pattern(150_000, 9);
    const id = 'Zm9vYmFyYmF6cXV4MTIzNA';
    await core.duressEnable(PASS, DURESS, false, DECOY, [{ id, type: 'image/jpeg', name: 'garden.jpg', bytes: bytes.slice() }]);
    const chunkRows = (await core.rawDb().getAllKeys(STORE.chunks)) as string[];
    expect(chunkRows).toEqual([`${id}.000000`]);
    core.lock();
    const decoy = new VaultCore(name);
    await decoy.unlock(DURESS);
    expect(decoy.blobInfo(id)).toMatchObject({ name: 'garden.jpg', size: bytes.length });
    expect(Buffer.from(await decoy.blobChunk(id, 0)).equals(Buffer.from(bytes))).toBe(true);
    decoy.lock();
    const real = new VaultCore(name);
    const opened7 = await real.unlock(PASS);
    expect(opened7).toMatchObject({ damaged: 0, brokenFiles: 0 });
    expect(opened7.integrity).toEqual(CLEAN);
    expect(real.blobInfo(id)).toBeUndefined();
    await real.duressDisable(PASS);
    expect(await real.rawDb().count(STORE.chunks)).toBe(0);
  });

  it('refuses a photo id that is not a random attachment id', async () => {
    const { core } = await namedVault();
    await expect(core.duressEnable(PASS, DURESS, false, DECOY, [{ id: 'settings', type: 'image/jpeg', name: 'x', bytes: new Uint8Array(3) }])).rejects.toMatchObject({ code: 'unsupported' });
  });
});
