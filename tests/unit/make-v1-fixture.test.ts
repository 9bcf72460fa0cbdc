// One-off: writes the v1 fixtures with the v1 code (run in a checkout of 9c3ec87). Kept in history only.
import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { VaultCore } from '../../src/vault/core';
import { DEFAULT_KDF } from '../../src/vault/format';
import { makeVersion } from '../../src/features/journal/chain';
import { emptyEntry, normaliseEntry } from '../../src/features/journal/model';

const PASS = 'orange kettle winter harbour';
const DURESS = 'plain bread on tuesday';
const b64 = (_k: string, v: unknown) => (v instanceof Uint8Array ? { $b64: Buffer.from(v).toString('base64') } : v);

it('writes the v1 fixtures', async () => {
  const core = new VaultCore('fixture-v1');
  await core.create(PASS, DEFAULT_KDF);
  let last;
  const base = Date.UTC(2026, 10, 2, 9, 0);
  // Entries exactly as the v1 journal store saved them (normaliseEntry over a full EntryData).
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
  await core.put('settings', 'settings', { autoLock: { idleMinutes: 5, onHide: true } });
  await core.put('plan', null, { updatedAt: base, sections: { people: { done: ['code-word'], notes: 'Code word: blue umbrella' } } });
  const photo = new Uint8Array(1024 * 1024 + 100000);
  for (let i = 0; i < photo.length; i++) photo[i] = (i * 31 + 7) & 0xff;
  const id = core.blobBegin('image/jpeg', 'doorstep.jpg');
  await core.blobWrite(id, photo.slice(0, 1024 * 1024), false);
  const info = await core.blobWrite(id, photo.slice(1024 * 1024), true);
  await core.put('journal-evidence-ref', null, { blobId: id, sha256: info!.sha256 });
  await core.duressEnable(PASS, DURESS, false, [{ kind: 'note', value: { text: 'Dentist moved to Thursday' } }]);
  // A backup file, as v1 export writes it (default KDF).
  const { id: exp } = await core.exportOpen(PASS, null, DEFAULT_KDF);
  const parts: Uint8Array[] = [];
  for (;;) {
    const step = await core.exportNext(exp);
    parts.push(...step.parts);
    if (step.finished) break;
  }
  writeFileSync('tests/fixtures/v1.backup', Buffer.concat(parts));
  const db = core.rawDb();
  const dump = { passphrase: PASS, duress: DURESS, photoSha256: info!.sha256, h: await db.getAll('h'), r: await db.getAll('r'), b: await db.getAll('b') };
  writeFileSync('tests/fixtures/v1-vault.json', JSON.stringify(dump, b64));
}, 60000);
