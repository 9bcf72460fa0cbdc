// One-off: writes the v3 fixture with the v3 code (issue 27): the v2 fixture opened through the
// upgrade, then 70 saves (a fold of the log, and six writes in it), a change and a removal. Kept in history only.
import { readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { VaultCore } from '../../src/vault/worker/core';
import { STORE, type SealedRecord, type VaultHeader } from '../../src/vault/format';

const b64 = (_k: string, v: unknown) => (v instanceof Uint8Array ? { $b64: Buffer.from(v).toString('base64') } : v);
const revive = (_k: string, v: unknown) => (v && typeof v === 'object' && '$b64' in v ? new Uint8Array(Buffer.from((v as { $b64: string }).$b64, 'base64')) : v);

it('writes the v3 fixture', async () => {
  const v2 = JSON.parse(readFileSync('tests/fixtures/v2-vault.json', 'utf8'), revive) as { passphrase: string; duress: string; photoSha256: string; h: VaultHeader[]; r: SealedRecord[]; b: SealedRecord[] };
  const core = new VaultCore('fixture-v3');
  await core.init();
  const db = core.rawDb();
  for (const row of v2.h) await db.put(STORE.header, row);
  for (const row of v2.r) await db.put(STORE.records, row);
  for (const row of v2.b) await db.put(STORE.chunks, row);
  await core.unlock(v2.passphrase);
  const ids: string[] = [];
  for (let i = 0; i < 70; i++) ids.push(await core.put('bench-note', null, { i: 100 + i, text: `later note ${i}` }));
  await core.put('bench-note', ids[68]!, { i: 168, text: 'later note 68, changed' });
  await core.delete('bench-note', ids[69]!);
  const dump = {
    note: 'Written by the v3 code (issue 27) through tests/unit/make-v3-fixture.test.ts (kept in history only): the v2 fixture upgraded, then 70 saves, a change and a removal.',
    passphrase: v2.passphrase, duress: v2.duress, photoSha256: v2.photoSha256,
    records: core.records.list('bench-note').length,
    h: await db.getAll('h'), r: await db.getAll('r'), b: await db.getAll('b'),
  };
  writeFileSync('tests/fixtures/v3-vault.json', JSON.stringify(dump, b64));
}, 120000);
