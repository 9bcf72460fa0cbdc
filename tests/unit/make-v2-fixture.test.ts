// One-off: writes the v2 fixture with the v2 code (main at 0f406a9, before issue 27's format
// change). Kept in history only.
import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { VaultCore } from '../../src/vault/worker/core';
import { DEFAULT_KDF } from '../../src/vault/format';
import { makeVersion } from '../../src/features/journal/chain';
import { emptyEntry, normaliseEntry } from '../../src/features/journal/model';

const PASS = 'orange kettle winter harbour';
const DURESS = 'plain bread on tuesday';
const b64 = (_k: string, v: unknown) => (v instanceof Uint8Array ? { $b64: Buffer.from(v).toString('base64') } : v);

it('writes the v2 fixture', async () => {
  const core = new VaultCore('fixture-v2');
  await core.create(PASS, DEFAULT_KDF);
  await core.unlock(PASS);
  let last;
  const base = Date.UTC(2026, 11, 2, 9, 0);
  const entry = (at: number, channels: string[], what: string, exactWords: string) => normaliseEntry({ ...emptyEntry(at), channels, what, exactWords } as never);
  const entries = [
    entry(base, ['call'], 'Called four times before work.', 'Pick up.'),
    entry(base + 86400000, ['text', 'social'], 'Texts and a message on the old account.', ''),
    entry(base + 2 * 86400000, ['in-person'], 'Waited outside the building at 18:10.', 'We need to talk.'),
  ];
  for (const [i, data] of entries.entries()) {
    last = await makeVersion(last, `entry-${i}`, 1, data as never, base + i * 86400000 + 60000);
    await core.put('journal-version', null, last);
  }
  // More small records (so that several shards list rows), one changed and one removed.
  const notes: string[] = [];
  for (let i = 0; i < 40; i++) notes.push(await core.put('bench-note', null, { i, text: `note ${i}` }));
  await core.put('bench-note', notes[3]!, { i: 3, text: 'note 3, changed' });
  await core.delete('bench-note', notes[4]!);
  await core.put('settings', 'settings', { autoLock: { idleMinutes: 5, onHide: true } });
  await core.put('plan', null, { updatedAt: base, sections: { people: { done: ['code-word'], notes: 'Code word: blue umbrella' } } });
  const photo = new Uint8Array(1024 * 1024 + 100000);
  for (let i = 0; i < photo.length; i++) photo[i] = (i * 31 + 7) & 0xff;
  const id = core.blobBegin('image/jpeg', 'doorstep.jpg');
  await core.blobWrite(id, photo.slice(0, 1024 * 1024), false);
  const info = await core.blobWrite(id, photo.slice(1024 * 1024), true);
  await core.put('journal-evidence-ref', null, { blobId: id, sha256: info!.sha256 });
  await core.duressEnable(PASS, DURESS, false, [{ kind: 'note', value: { text: 'Dentist moved to Thursday' } }]);
  const db = core.rawDb();
  const dump = {
    note: 'Written by the v2 code (main 0f406a9, 2026-12-05) through tests/unit/make-v2-fixture.test.ts (kept in history only).',
    passphrase: PASS, duress: DURESS, photoSha256: info!.sha256,
    records: core.records.list('bench-note').length,
    h: await db.getAll('h'), r: await db.getAll('r'), b: await db.getAll('b'),
  };
  writeFileSync('tests/fixtures/v2-vault.json', JSON.stringify(dump, b64));
}, 120000);
