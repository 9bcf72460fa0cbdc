// The v3 sealed index (docs/FORMAT.md §1.4): a save writes one small log row beside its records,
// the log is folded into the shards every 64 writes, and every deletion, rollback or slip-in of a
// row is still reported, whether the index lists it in a shard or only in the log; so is a log row
// deleted, put back from before, or cut out of the chain. Also: a v2 vault written by the v2 code
// (tests/fixtures/v2-vault.json) opens through the upgrade, loses nothing, and keeps its findings.
import { describe, expect, it, vi } from 'vitest';
import { unwrap } from 'idb';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { VaultCore } from '../../src/vault/worker/core';
import { openEnvelope, sealEnvelope } from '../../src/vault/worker/envelope';
import { openSlots } from '../../src/vault/worker/keyslots';
import { INDEX_ROWS, LOG_KIND, LOG_ROWS } from '../../src/vault/worker/integrity';
import { STORE, VAULT_VERSION, type SealedRecord, type VaultHeader } from '../../src/vault/format';
import { CLEAN } from './vault-helpers';
import { PASS, namedVault, readBlob } from './backup-helpers';

type Row = SealedRecord;
const kindOf = (row: Row, key: Uint8Array) => openEnvelope(row, key)?.k;

async function rowsOf(core: VaultCore): Promise<Map<string, Row>> {
  return new Map((await core.rawDb().getAll(STORE.records)).map((r) => [r.id, r]));
}

/** Rows added or changed between two snapshots. */
function changed(before: Map<string, Row>, after: Map<string, Row>): Row[] {
  return [...after.values()].filter((row) => {
    const old = before.get(row.id);
    return !old || Buffer.compare(Buffer.from(old.ct), Buffer.from(row.ct)) !== 0;
  });
}

async function reopen(core: VaultCore, name: string, passphrase = PASS) {
  core.lock();
  const again = new VaultCore(name);
  return { again, report: await again.unlock(passphrase) };
}

describe('a save writes in proportion to its change', () => {
  it('one record and one log row of 1 KiB each; every 64th write folds the log; the row count moves only with records', async () => {
    const { core, name } = await namedVault();
    const count0 = await core.rawDb().count(STORE.records);
    const sizes: number[] = [];
    let folds = 0;
    for (let i = 0; i < LOG_ROWS * 2 + 5; i++) {
      const before = await rowsOf(core);
      await core.put('journal-version', null, { what: `entry ${i}` });
      const rows = changed(before, await rowsOf(core));
      const kinds = rows.map((r) => kindOf(r, core.vaultKey()));
      if (kinds.includes('_root')) folds++;
      else {
        expect(kinds.sort()).toEqual(['_log', 'journal-version']);
        sizes.push(rows.reduce((n, r) => n + r.ct.length, 0));
      }
    }
    expect(folds).toBe(2);
    expect(Math.max(...sizes)).toBe(2 * (1024 + 16));
    expect(await core.rawDb().count(STORE.records)).toBe(count0 + LOG_ROWS * 2 + 5);
    const { report } = await reopen(core, name);
    expect(report.integrity).toEqual(CLEAN);
  });

  it('a new vault has every index row from the start', async () => {
    const { core } = await namedVault();
    // The index, and the attempt log's binding record.
    expect(await core.rawDb().count(STORE.records)).toBe(INDEX_ROWS + 1);
    const header = (await core.rawDb().get(STORE.header, 'main')) as VaultHeader;
    expect(header.v).toBe(VAULT_VERSION);
  });
});

describe('what only the log lists is checked as strictly as the shards', () => {
  async function seeded(extra = 3) {
    const { core, name } = await namedVault();
    const ids: string[] = [];
    for (let i = 0; i < extra; i++) ids.push(await core.put('journal-version', null, { what: `entry ${i}` }));
    return { core, name, ids, db: core.rawDb() };
  }

  it('the newest record deleted (listed only in the log) is missing', async () => {
    const { core, name, ids, db } = await seeded();
    await db.delete(STORE.records, ids.at(-1)!);
    const { again, report } = await reopen(core, name);
    expect(report.integrity).toEqual({ ...CLEAN, missing: { 'journal-version': 1 } });
    // Noted: the index lists what is there, written as a fold of the shards the log and the
    // change touched, and the root (not all 321 rows of the index).
    const before = await rowsOf(again);
    await again.acceptIntegrity();
    const kinds = changed(before, await rowsOf(again)).map((r) => kindOf(r, again.vaultKey()));
    expect(kinds.filter((k) => k !== '_shard')).toEqual(['_root']);
    expect(kinds.length).toBeLessThan(8);
    expect((await reopen(again, name)).report.integrity).toEqual(CLEAN);
  });

  it('an older copy of a record changed since the fold is rolled back', async () => {
    const { core, name, ids, db } = await seeded();
    const older = (await db.get(STORE.records, ids[0]!))!;
    await core.put('journal-version', ids[0]!, { what: 'changed' });
    await db.put(STORE.records, older);
    expect((await reopen(core, name)).report.integrity).toEqual({ ...CLEAN, rolledBack: { 'journal-version': 1 } });
  });

  it('a record deleted since the fold, put back, is unlisted', async () => {
    const { core, name, ids, db } = await seeded();
    const gone = (await db.get(STORE.records, ids[1]!))!;
    await core.delete('journal-version', ids[1]!);
    await db.put(STORE.records, gone);
    expect((await reopen(core, name)).report.integrity).toEqual({ ...CLEAN, unlisted: { 'journal-version': 1 } });
  });

  it('the newest log row deleted, with its record: the index is damaged', async () => {
    const { core, name, ids, db } = await seeded();
    const logRows = [...(await rowsOf(core)).values()].filter((r) => kindOf(r, core.vaultKey()) === LOG_KIND);
    const newest = logRows.map((r) => ({ r, q: (openEnvelope(r, core.vaultKey())!.d as { q: number }).q })).sort((a, b) => b.q - a.q)[0]!;
    await db.delete(STORE.records, newest.r.id);
    await db.delete(STORE.records, ids.at(-1)!);
    const { again, report } = await reopen(core, name);
    expect(report.integrity.indexDamaged).toBe(true);
    // Written whole again by the next save; the person confirms, and it is clean again.
    await again.acceptIntegrity();
    expect((await reopen(again, name)).report.integrity).toEqual(CLEAN);
  });

  it('a log row in the middle put back as it was before (a gap in the chain): the index is damaged', async () => {
    const { core, name, db } = await seeded(1);
    const before = await rowsOf(core);
    await core.put('journal-version', null, { what: 'a' });
    const touched = changed(before, await rowsOf(core)).find((r) => kindOf(r, core.vaultKey()) === LOG_KIND)!;
    await core.put('journal-version', null, { what: 'b' });
    await db.put(STORE.records, before.get(touched.id)!);
    expect((await reopen(core, name)).report.integrity.indexDamaged).toBe(true);
  });

  it('the whole log put back as it was before the last fold: what was written since is reported', async () => {
    const { core, name, db } = await seeded(1);
    const before = await rowsOf(core);
    const key = core.vaultKey();
    const ids: string[] = [];
    for (let i = 0; i < LOG_ROWS + 3; i++) ids.push(await core.put('journal-version', null, { what: `later ${i}` }));
    for (const row of before.values()) if (kindOf(row, key) === LOG_KIND) await db.put(STORE.records, row);
    const { report } = await reopen(core, name);
    expect(report.integrity.indexDamaged || Object.keys(report.integrity.unlisted).length > 0).toBe(true);
  });
});

interface Fixture { passphrase: string; duress: string; photoSha256: string; records: number; h: unknown[]; r: Row[]; b: Row[] }
const revive = (_k: string, v: unknown) => (v && typeof v === 'object' && '$b64' in v ? new Uint8Array(Buffer.from((v as { $b64: string }).$b64, 'base64')) : v);

/** A database laid out exactly as the v2 code (main 0f406a9) left it; `edit` changes the rows first. */
async function v2Vault(edit: (rows: Row[]) => Row[] = (rows) => rows): Promise<{ name: string; fixture: Fixture }> {
  const fixture = JSON.parse(readFileSync('tests/fixtures/v2-vault.json', 'utf8'), revive) as Fixture;
  const name = `v2-${Date.now()}-${Math.random()}`;
  const core = new VaultCore(name);
  await core.init();
  const db = core.rawDb();
  for (const row of fixture.h) await db.put(STORE.header, row as VaultHeader);
  for (const row of edit(fixture.r)) await db.put(STORE.records, row);
  for (const row of fixture.b) await db.put(STORE.chunks, row);
  core.lock();
  return { name, fixture };
}

describe('a v2 vault (written by the v2 code) opens through the upgrade', () => {
  it('upgraded to v3 in place, losing nothing; the duress passphrase still opens the decoy', async () => {
    const { name, fixture } = await v2Vault();
    expect((fixture.h.find((h) => (h as VaultHeader).id === 'main') as VaultHeader).v).toBe(2);
    const core = new VaultCore(name);
    const report = await core.unlock(fixture.passphrase);
    expect(report).toMatchObject({ upgraded: true, damaged: 0, brokenFiles: 0 });
    expect(report.integrity).toEqual(CLEAN);
    expect(((await core.rawDb().get(STORE.header, 'main')) as VaultHeader).v).toBe(3);
    expect(core.list('bench-note')).toHaveLength(fixture.records);
    expect(core.list('bench-note').find((n) => (n.value as { i: number }).i === 3)!.value).toEqual({ i: 3, text: 'note 3, changed' });
    expect(core.list('journal-version').map((i) => (i.value as { data: { what: string } }).data.what).sort())
      .toEqual(['Called four times before work.', 'Texts and a message on the old account.', 'Waited outside the building at 18:10.']);
    expect(core.get('settings', 'settings')).toEqual({ autoLock: { idleMinutes: 5, onHide: true } });
    const [blob] = core.records.list('_blob');
    expect(createHash('sha256').update(await readBlob(core, (blob!.value as { id: string }).id)).digest('hex')).toBe(fixture.photoSha256);
    // v3's index: as many rows as the record count allows, and nothing of v2's left over.
    const kinds = [...(await rowsOf(core)).values()].map((r) => kindOf(r, core.vaultKey())).filter((k) => k?.startsWith('_') && ['_root', '_shard', '_log'].includes(k));
    expect(kinds).toHaveLength(INDEX_ROWS);
    await core.put('bench-note', null, { i: 99, text: 'after the upgrade' });
    core.lock();
    const again = new VaultCore(name);
    const second = await again.unlock(fixture.passphrase);
    expect(second).toMatchObject({ upgraded: false, damaged: 0 });
    expect(second.integrity).toEqual(CLEAN);
    again.lock();
    const decoy = new VaultCore(name);
    await decoy.unlock(fixture.duress);
    expect(decoy.list('note').map((i) => i.value)).toEqual([{ text: 'Dentist moved to Thursday' }]);
  });

  it('a v2 vault with a note cut out and another rolled back: the upgrade reports both, and so does every unlock until confirmed', async () => {
    const { name, fixture } = await v2Vault((rows) => {
      const header = (JSON.parse(readFileSync('tests/fixtures/v2-vault.json', 'utf8'), revive) as Fixture).h.find((h) => (h as VaultHeader).id === 'main') as VaultHeader;
      const key = openSlots(header, 'orange kettle winter harbour')!.key;
      const notes = rows.filter((r) => kindOf(r, key) === 'bench-note');
      const cut = notes.find((r) => (openEnvelope(r, key)!.d as { i: number }).i !== 3)!;
      // An older copy of note 3 (before it was changed) cannot be made without the key's writer:
      // stand in with its row given a lower counter, sealed as the v2 code seals (same AD, same key).
      const three = notes.find((r) => (openEnvelope(r, key)!.d as { i: number }).i === 3)!;
      const env = openEnvelope(three, key)!;
      const older = sealEnvelope({ ...env, d: { i: 3, text: 'note 3' }, n: env.n! - 1 }, three.id, key);
      return rows.filter((r) => r.id !== cut.id).map((r) => (r.id === three.id ? older : r));
    });
    const expected = { ...CLEAN, missing: { 'bench-note': 1 }, rolledBack: { 'bench-note': 1 } };
    const core = new VaultCore(name);
    const first = await core.unlock(fixture.passphrase);
    expect(first.upgraded).toBe(true);
    expect(first.integrity).toEqual(expected);
    const { again, report: second } = await reopen(core, name, fixture.passphrase);
    expect(second.upgraded).toBe(false);
    expect(second.integrity).toEqual(expected);
    await again.acceptIntegrity();
    expect((await reopen(again, name, fixture.passphrase)).report.integrity).toEqual(CLEAN);
  });

  it('a wrong passphrase changes nothing (no upgrade without the key)', async () => {
    const { name } = await v2Vault();
    const core = new VaultCore(name);
    await expect(core.unlock('not it at all')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    expect(((await core.rawDb().get(STORE.header, 'main')) as VaultHeader).v).toBe(2);
  });
});

describe('saves are pipelined: each sealed while the one before commits', () => {
  it('a commit that fails takes the saves queued after it with it; what resolved is stored, the rest is not, and the index stays clean', async () => {
    const { core, name } = await namedVault();
    for (let i = 0; i < 5; i++) await core.put('journal-version', null, { what: `before ${i}` });
    // Under idb's wrapper, on the database itself (a spy on the wrapper would wrap twice).
    const raw = unwrap(core.rawDb()) as IDBDatabase;
    const real = raw.transaction.bind(raw);
    let calls = 0;
    // The 4th write transaction from here on is aborted after it was queued (as a full disk would).
    const spy = vi.spyOn(raw, 'transaction').mockImplementation(((...args: Parameters<IDBDatabase['transaction']>) => {
      const tx = real(...args);
      if (++calls === 4) setTimeout(() => tx.abort(), 0);
      return tx;
    }) as IDBDatabase['transaction']);
    const results = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => core.put('journal-version', null, { what: `run ${i}` })));
    spy.mockRestore();
    const saved = results.filter((r) => r.status === 'fulfilled').map((r) => (r as PromiseFulfilledResult<string>).value);
    expect(results.filter((r) => r.status === 'rejected').length).toBeGreaterThan(0);
    // Once the failure is handled, memory is what is stored: every resolved save, no rejected one.
    await core.put('journal-version', null, { what: 'after' });
    const listed = core.list('journal-version').map((i) => (i.value as { what: string }).what);
    expect(listed.filter((w) => w.startsWith('run '))).toHaveLength(saved.length);
    const { again, report } = await reopen(core, name);
    expect(report.integrity).toEqual(CLEAN);
    expect(again.list('journal-version').map((i) => (i.value as { what: string }).what).sort()).toEqual(listed.sort());
  });
});
