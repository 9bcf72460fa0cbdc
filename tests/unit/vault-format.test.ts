// Format v2 pinned down: known-answer vectors (the AEAD itself, a record as stored, the journal
// fingerprint), padding that hides lengths, random row ids, and v1 data opening through the upgrade.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadSodium, open, seal, toHex } from '../../src/vault/worker/crypto';
import { sealEnvelope, openEnvelope } from '../../src/vault/worker/envelope';
import { CHUNK_BYTES, STORE, pad, paddedLength, recordAD, unpaddedLength, type SealedRecord } from '../../src/vault/format';
import { VaultCore } from '../../src/vault/worker/core';
import { INDEX_ROWS } from '../../src/vault/worker/integrity';
import { canonicalJson, hashVersion, GENESIS } from '../../src/features/journal/record/chain';
import { addBlob, importBlob, namedVault, pattern, readBlob } from './backup-helpers';
import { CLEAN } from './vault-helpers';

const hex = (s: string) => Uint8Array.from(Buffer.from(s, 'hex'));

describe('known-answer vectors', () => {
  it('XChaCha20-Poly1305 gives the draft-irtf-cfrg-xchacha A.3.1 ciphertext for its key and nonce', async () => {
    await loadSodium();
    const key = hex('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f');
    const nonce = hex('404142434445464748494a4b4c4d4e4f5051525354555657');
    const ad = hex('50515253c0c1c2c3c4c5c6c7');
    const plain = new TextEncoder().encode("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.");
    const { ct } = seal(plain, ad, key, nonce);
    expect(toHex(ct)).toBe('bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b4522f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff921f9664c97637da9768812f615c68b13b52e'
      + 'c0875924c1c7987947deafd8780acf49');
  });

  it('a record as stored is that AEAD over the padded JSON envelope, with AD "daybook/v2/r/<row id>"', async () => {
    await loadSodium();
    const key = new Uint8Array(32).fill(7);
    const nonce = new Uint8Array(24).fill(9);
    const row = sealEnvelope({ k: 'plan', d: { a: 1 }, n: 3 }, 'AAAAAAAAAAAAAAAAAAAAAA', key, nonce);
    // Built by hand from the format's description (docs/FORMAT.md), not by the writer.
    const json = new TextEncoder().encode('{"k":"plan","d":{"a":1},"n":3}');
    const plain = new Uint8Array(1024);
    plain.set(json);
    plain[json.length] = 0x80;
    const expected = seal(plain, new TextEncoder().encode('daybook/v2/r/AAAAAAAAAAAAAAAAAAAAAA'), key, nonce);
    expect(row).toEqual({ id: 'AAAAAAAAAAAAAAAAAAAAAA', v: 2, nonce, ct: expected.ct });
    expect(row.ct.length).toBe(1024 + 16);
    // Pinned: a writer and a reader that drifted together would still fail here.
    expect(createHash('sha256').update(row.ct).digest('hex').slice(0, 16)).toBe(createHash('sha256').update(expected.ct).digest('hex').slice(0, 16));
    expect(openEnvelope(row, key)).toEqual({ k: 'plan', d: { a: 1 }, n: 3 });
    expect(openEnvelope({ ...row, id: 'BAAAAAAAAAAAAAAAAAAAAA' }, key)).toBeNull();
  });

  it('the journal fingerprint is SHA-256 over the canonical JSON of a version (fixed input, fixed hash)', async () => {
    const version = { chain: 1, seq: 0, entryId: 'e1', version: 1, recordedAt: 1764590400000, prev: GENESIS, data: { what: 'Called 6 times', kind: 'incident' } };
    const text = `{"chain":1,"data":{"kind":"incident","what":"Called 6 times"},"entryId":"e1","prev":"${GENESIS}","recordedAt":1764590400000,"seq":0,"version":1}`;
    expect(canonicalJson(version)).toBe(text);
    expect(await hashVersion(version as never)).toBe(createHash('sha256').update(text).digest('hex'));
  });
});

describe('padding', () => {
  it('pads to at least 1 KiB, then powers of two, with an unambiguous end', () => {
    expect([0, 1, 1023, 1024, 5000].map((n) => paddedLength(n))).toEqual([1024, 1024, 1024, 2048, 8192]);
    expect(paddedLength(CHUNK_BYTES - 1, CHUNK_BYTES)).toBe(CHUNK_BYTES);
    const body = new Uint8Array([1, 0, 0, 5, 0]);
    expect(unpaddedLength(pad(body))).toBe(5);
    expect(unpaddedLength(new Uint8Array(1024))).toBe(-1);
  });

  it('finds the end wherever the bytes sit in memory, and refuses a stray byte in the padding', () => {
    // Views at every offset modulo 8 (the zeros are read a word at a time where aligned), of
    // contents ending in a zero byte, so only the 0x80 marks where they end.
    for (let offset = 0; offset < 8; offset++) {
      for (const length of [0, 1, 2, 3, 5, 7, 100, 1020, 1023]) {
        const body = new Uint8Array(length).map((_, i) => (i === length - 1 ? 0 : 1 + (i % 200)));
        const padded = pad(body);
        const memory = new Uint8Array(offset + padded.length + 5).fill(9);
        memory.set(padded, offset);
        const view = memory.subarray(offset, offset + padded.length);
        expect(unpaddedLength(view), `length ${length} at offset ${offset}`).toBe(length);
        for (const stray of [padded.length - 1, padded.length - 6, length + 1]) {
          if (stray <= length || stray >= padded.length) continue;
          view[stray] = 1;
          expect(unpaddedLength(view), `stray at ${stray}, length ${length}, offset ${offset}`).toBe(-1);
          view[stray] = 0;
        }
        view[length] = 0; // the end mark gone: the content has none of its own (no 0x80 byte)
        expect(unpaddedLength(view), `no end mark, length ${length}`).toBe(-1);
      }
    }
  });

  it('a one-word entry and a 900-letter one are stored at the same size; photos only to a power of two', async () => {
    const { core } = await namedVault();
    const short = await core.put('journal-version', null, { what: 'Called.' });
    const long = await core.put('journal-version', null, { what: 'x'.repeat(900) });
    const rows = new Map((await core.rawDb().getAll(STORE.records)).map((r) => [r.id, r]));
    expect(rows.get(short)!.ct.length).toBe(rows.get(long)!.ct.length);
    const a = await addBlob(core, pattern(200_000, 1));
    const b = await addBlob(core, pattern(230_000, 2));
    let chunks = await core.rawDb().getAll(STORE.chunks);
    const sizeOf = (id: string) => chunks.filter((c) => c.id.startsWith(id)).map((c) => c.ct.length);
    expect(sizeOf(a.id)).toEqual(sizeOf(b.id));
    expect(sizeOf(a.id)).toEqual([256 * 1024 + 16]);
    const big = await addBlob(core, pattern(CHUNK_BYTES * 2, 3));
    chunks = await core.rawDb().getAll(STORE.chunks);
    // Whole chunks, then an empty (padded) last one: the file's size is not in the row sizes.
    expect(sizeOf(big.id)).toEqual([CHUNK_BYTES + 16, CHUNK_BYTES + 16, 1024 + 16]);
    expect(Buffer.from(await readBlob(core, big.id)).equals(Buffer.from(pattern(CHUNK_BYTES * 2, 3)))).toBe(true);
  });

  it('no row shows a fixed id: a feature singleton and the backup status live under random ones', async () => {
    const { core } = await namedVault();
    await core.put('settings', 'settings', { autoLock: { idleMinutes: 5 } });
    await core.write({ puts: [{ kind: '_backup', id: null, data: { lastBackupAt: 1 } }] });
    const ids = (await core.rawDb().getAllKeys(STORE.records)) as string[];
    // The two, and the attempt log's binding record (attempt-report.ts).
    expect(ids).toHaveLength(3 + INDEX_ROWS);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(core.get('settings', 'settings')).toEqual({ autoLock: { idleMinutes: 5 } });
  });
});

interface Fixture { passphrase: string; duress: string; photoSha256: string; h: unknown[]; r: unknown[]; b: unknown[] }
const revive = (_k: string, v: unknown) => (v && typeof v === 'object' && '$b64' in v ? new Uint8Array(Buffer.from((v as { $b64: string }).$b64, 'base64')) : v);

/** A database laid out exactly as the v1 code (commit 9aad3d1) left it. */
async function v1Vault(): Promise<{ name: string; fixture: Fixture }> {
  const fixture = JSON.parse(readFileSync('tests/fixtures/v1-vault.json', 'utf8'), revive) as Fixture;
  const name = `v1-${Date.now()}-${Math.random()}`;
  const core = new VaultCore(name);
  await core.init();
  const db = core.rawDb();
  for (const store of ['h', 'r', 'b'] as const) for (const row of fixture[store]) await db.put(store, row as SealedRecord & { id: 'main' });
  core.lock();
  return { name, fixture };
}

describe('v1 data survives', () => {
  it('a v1 vault opens with its passphrase, is upgraded in place, and loses nothing', async () => {
    const { name, fixture } = await v1Vault();
    expect(fixture.r.every((row) => (row as SealedRecord).v === 1)).toBe(true);
    const core = new VaultCore(name);
    const report = await core.unlock(fixture.passphrase);
    expect(report).toMatchObject({ upgraded: true, damaged: 0, brokenFiles: 0 });
    expect(report.integrity).toEqual(CLEAN);
    const entries = core.list('journal-version').map((i) => (i.value as { data: { what: string } }).data.what).sort();
    expect(entries).toEqual(['Called four times before work.', 'Texts and a message on the old account.', 'Waited outside the building at 18:10.']);
    expect(core.get('settings', 'settings')).toEqual({ autoLock: { idleMinutes: 5, onHide: true } });
    expect(core.list('plan')).toHaveLength(1);
    const [blob] = core.records.list('_blob');
    const info = core.blobInfo((blob!.value as { id: string }).id)!;
    expect(createHash('sha256').update(await readBlob(core, info.id)).digest('hex')).toBe(fixture.photoSha256);
    // On disk: every real row now v2 under a random id (the decoy's v1 rows stay for the decoy to open).
    const rows = await core.rawDb().getAll(STORE.records);
    expect(rows.some((r) => r.id === 'settings')).toBe(false);
    // The entries, settings, plan, photo, its reference, the duress marker, the backup status and
    // the attempt log's binding record (written at this first real unlock).
    expect(rows.filter((r) => r.v === 2).length).toBe(entries.length + 7 + INDEX_ROWS);
    core.lock();
    // It is an ordinary v2 vault now: clean unlock, and the duress passphrase still opens the decoy.
    const again = new VaultCore(name);
    const opened6 = await again.unlock(fixture.passphrase);
    expect(opened6).toMatchObject({ upgraded: false, damaged: 0 });
    expect(opened6.integrity).toEqual(CLEAN);
    again.lock();
    const decoy = new VaultCore(name);
    await decoy.unlock(fixture.duress);
    expect(decoy.list('note').map((i) => i.value)).toEqual([{ text: 'Dentist moved to Thursday' }]);
  });

  it('a wrong passphrase on a v1 vault changes nothing (no upgrade without the key)', async () => {
    const { name } = await v1Vault();
    const core = new VaultCore(name);
    await expect(core.unlock('not it at all')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    const rows = await core.rawDb().getAll(STORE.records);
    expect(rows.every((r) => r.v === 1)).toBe(true);
  });

  it('a v1 backup file restores into a new vault, photo byte for byte', async () => {
    const fixture = JSON.parse(readFileSync('tests/fixtures/v1-vault.json', 'utf8'), revive) as Fixture;
    const file = new Blob([readFileSync('tests/fixtures/v1.backup')]);
    const { core } = await namedVault('a new phone, a new passphrase');
    const report = await importBlob(core, file, 'replace', fixture.passphrase, null);
    expect(report.added).toBe(7);
    expect(core.list('journal-version')).toHaveLength(3);
    const [blob] = core.records.list('_blob');
    const id = (blob!.value as { id: string }).id;
    expect(createHash('sha256').update(await readBlob(core, id)).digest('hex')).toBe(fixture.photoSha256);
    // Stored in today's format: re-chunked with a padded last chunk under a key of its own.
    expect(core.records.get('_blob', id)).toMatchObject({ cv: 2, chunks: 2 });
  });

  it('v1 rows open with the v1 associated data only', async () => {
    await loadSodium();
    const key = new Uint8Array(32).fill(1);
    const { nonce, ct } = seal(new TextEncoder().encode('{"k":"plan","d":1}'), recordAD(1, 'abc'), key);
    expect(openEnvelope({ id: 'abc', v: 1, nonce, ct }, key)).toEqual({ k: 'plan', d: 1 });
    expect(openEnvelope({ id: 'abc', v: 2, nonce, ct }, key)).toBeNull();
    expect(open({ nonce, ct }, recordAD(2, 'abc'), key)).toBeNull();
  });
});
