// The vault's promises: round trips, wrong passphrase, tamper/swap/truncation detection,
// passphrase change, quota failure, and the header's parameters being honoured.
import { describe, expect, it, vi } from 'vitest';
import { VaultCore } from '../../src/vault/worker/core';
import { STORE, DEFAULT_KDF, type VaultHeader } from '../../src/vault/format';
import { DB_VERSION } from '../../src/vault/worker/db';
import { FAST, freshVault } from './vault-helpers';

const PASS = 'correct horse battery staple';

async function reopen(core: VaultCore, name: string, pass = PASS): Promise<VaultCore> {
  core.lock();
  const again = new VaultCore(name);
  await again.unlock(pass);
  return again;
}

describe('vault records', () => {
  it('round-trips records by kind and keeps kinds apart', async () => {
    const core = await freshVault();
    const a = await core.put('journal', null, { text: 'hello', n: 1 });
    await core.put('letters', null, { text: 'other' });
    expect(core.get('journal', a)).toEqual({ text: 'hello', n: 1 });
    expect(core.get('letters', a)).toBeUndefined();
    expect(core.list('journal')).toEqual([{ id: a, value: { text: 'hello', n: 1 } }]);
    await core.put('journal', a, { text: 'changed' });
    expect(core.get('journal', a)).toEqual({ text: 'changed' });
    await core.delete('journal', a);
    expect(core.list('journal')).toEqual([]);
  });

  it('persists across lock and unlock, and stores nothing readable', async () => {
    const name = `persist-${Date.now()}`;
    const core = new VaultCore(name);
    await core.create(PASS, FAST);
    const id = await core.put('journal', null, { text: 'MARKER-visible-text' });
    const raw = await core.rawDb().getAll(STORE.records);
    expect(Object.keys(raw[0]!).sort()).toEqual(['ct', 'id', 'nonce', 'v']);
    const bytes = Buffer.from(raw[0]!.ct).toString('latin1');
    expect(bytes).not.toContain('MARKER');
    expect(bytes).not.toContain('journal');
    const again = await reopen(core, name);
    expect(again.get('journal', id)).toEqual({ text: 'MARKER-visible-text' });
  });

  it('refuses a wrong passphrase and stays locked', async () => {
    const name = `wrong-${Date.now()}`;
    const core = new VaultCore(name);
    await core.create(PASS, FAST);
    core.lock();
    await expect(core.unlock('not the passphrase')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    expect(core.isUnlocked()).toBe(false);
    expect(() => core.list('journal')).toThrow(/locked/);
  });

  it('refuses to create over an existing vault', async () => {
    const core = await freshVault();
    await expect(core.create('another passphrase', FAST)).rejects.toMatchObject({ code: 'exists' });
  });
});

describe('tamper detection', () => {
  async function setup() {
    const name = `tamper-${Date.now()}-${Math.random()}`;
    const core = new VaultCore(name);
    await core.create(PASS, FAST);
    const a = await core.put('journal', null, { text: 'first' });
    const b = await core.put('journal', null, { text: 'second' });
    return { core, name, a, b, db: core.rawDb() };
  }

  it('reports a flipped bit and opens the rest', async () => {
    const { core, name, a, b, db } = await setup();
    const row = (await db.get(STORE.records, a))!;
    row.ct[5] ^= 1;
    await db.put(STORE.records, row);
    const again = new VaultCore(name);
    core.lock();
    expect(await again.unlock(PASS)).toMatchObject({ damaged: 1 });
    expect(again.get('journal', b)).toEqual({ text: 'second' });
    // Never silently dropped: the damaged record is still on disk.
    expect(await again.rawDb().get(STORE.records, a)).toBeDefined();
  });

  it('detects records swapped between ids', async () => {
    const { core, name, a, b, db } = await setup();
    const ra = (await db.get(STORE.records, a))!;
    const rb = (await db.get(STORE.records, b))!;
    await db.put(STORE.records, { ...ra, id: b });
    await db.put(STORE.records, { ...rb, id: a });
    core.lock();
    expect(await new VaultCore(name).unlock(PASS)).toMatchObject({ damaged: 2 });
  });

  it('detects a record moved into the attachment store', async () => {
    const { core, name, a, db } = await setup();
    const blob = await core.blobBegin('text/plain', 'x');
    await core.blobWrite(blob, new Uint8Array([1, 2, 3]), true);
    const chunkRow = (await db.getAll(STORE.chunks))[0]!;
    await db.put(STORE.records, { ...chunkRow, id: a });
    core.lock();
    const again = new VaultCore(name);
    expect((await again.unlock(PASS)).damaged).toBe(1);
  });

  it('detects truncated ciphertext and a truncated attachment', async () => {
    const { core, name, a, db } = await setup();
    const row = (await db.get(STORE.records, a))!;
    await db.put(STORE.records, { ...row, ct: row.ct.slice(0, row.ct.length - 4) });
    const blobId = core.blobBegin('application/octet-stream', 'big');
    await core.blobWrite(blobId, new Uint8Array(1024 * 1024).fill(1), false);
    await core.blobWrite(blobId, new Uint8Array(10).fill(2), true);
    core.lock();
    const again = new VaultCore(name);
    expect((await again.unlock(PASS)).damaged).toBe(1);
    // Drop the last chunk and pretend the blob had one chunk: the "more" flag gives it away.
    // The stored record (with the attachment's own key), as an attacker would have to forge it.
    const cache = (again.records as unknown as { cache: Map<string, { k: string; d: { chunks: number } }> }).cache;
    const info = cache.get(blobId)!.d;
    await again.rawDb().delete(STORE.chunks, `${blobId}.000001`);
    await expect(again.blobChunk(blobId, 1)).rejects.toMatchObject({ code: 'corrupt' });
    const shortened = { ...info, chunks: 1 };
    // Forge the metadata in memory only (as an attacker editing it would need the key).
    cache.set(blobId, { k: '_blob', d: shortened });
    await expect(again.blobChunk(blobId, 0)).rejects.toMatchObject({ code: 'corrupt' });
  });

  it('rejects a header whose sealed key was altered', async () => {
    const { core, name, db } = await setup();
    const header = ((await db.get(STORE.header, 'main')) as VaultHeader);
    header.slots[0]!.sealed[0] ^= 0xff;
    await db.put(STORE.header, header);
    core.lock();
    await expect(new VaultCore(name).unlock(PASS)).rejects.toMatchObject({ code: 'wrong-passphrase' });
  });
});

describe('passphrase and parameters', () => {
  it('changes the passphrase: old stops working, new opens everything', async () => {
    const name = `change-${Date.now()}`;
    const core = new VaultCore(name);
    await core.create(PASS, FAST);
    const id = await core.put('journal', null, { text: 'kept' });
    const recordsBefore = await core.rawDb().getAll(STORE.records);
    await expect(core.changePassphrase('wrong one', 'new passphrase here')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    const before = new Map(recordsBefore.map((r) => [r.id, Buffer.from(r.ct).toString('hex')]));
    await core.changePassphrase(PASS, 'new passphrase here');
    // A new key: every row was re-encrypted (same ids, new ciphertext), none left behind.
    const after = await core.rawDb().getAll(STORE.records);
    expect(after.map((r) => r.id).sort()).toEqual([...before.keys()].sort());
    expect(after.filter((r) => before.get(r.id) === Buffer.from(r.ct).toString('hex'))).toEqual([]);
    core.lock();
    const again = new VaultCore(name);
    await expect(again.unlock(PASS)).rejects.toMatchObject({ code: 'wrong-passphrase' });
    await again.unlock('new passphrase here');
    expect(again.get('journal', id)).toEqual({ text: 'kept' });
  });

  it('stores the default Argon2id parameters and honours what the header says', async () => {
    const name = `params-${Date.now()}`;
    const core = new VaultCore(name);
    await core.create(PASS);
    expect(await core.kdfParams()).toEqual({ ops: DEFAULT_KDF.ops, mem: DEFAULT_KDF.mem });
    const header = ((await core.rawDb().get(STORE.header, 'main')) as VaultHeader);
    expect(header.slots[0]!.kdf.salt).toHaveLength(16);
    // Lower the cost in the header: unlocking must use the header's values, so the key differs.
    header.slots[0]!.kdf.ops = 2;
    await core.rawDb().put(STORE.header, header);
    core.lock();
    await expect(new VaultCore(name).unlock(PASS)).rejects.toMatchObject({ code: 'wrong-passphrase' });
  });

  it('refuses a header from an unknown format version', async () => {
    const name = `version-${Date.now()}`;
    const core = new VaultCore(name);
    await core.create(PASS, FAST);
    const header = ((await core.rawDb().get(STORE.header, 'main')) as VaultHeader);
    await core.rawDb().put(STORE.header, { ...header, v: 99 });
    core.lock();
    await expect(new VaultCore(name).unlock(PASS)).rejects.toMatchObject({ code: 'unsupported' });
  });

  it('creates the schema from version 1 with every store', async () => {
    const core = await freshVault();
    expect(core.rawDb().version).toBe(DB_VERSION);
    expect([...core.rawDb().objectStoreNames].sort()).toEqual(['b', 'h', 'r']);
  });
});

describe('attachments', () => {
  it('round-trips a multi-chunk blob and records its SHA-256', async () => {
    const core = await freshVault();
    const data = new Uint8Array(2.5 * 1024 * 1024).map((_, i) => (i * 7) % 251);
    const id = core.blobBegin('image/jpeg', 'photo.jpg');
    const size = 256 * 1024;
    let info = null;
    for (let offset = 0; offset < data.length; offset += size) {
      const last = offset + size >= data.length;
      info = await core.blobWrite(id, data.slice(offset, offset + size), last);
    }
    const { createHash } = await import('node:crypto');
    expect(info).toMatchObject({ size: data.length, chunks: 3, type: 'image/jpeg', sha256: createHash('sha256').update(data).digest('hex') });
    const parts = [];
    for (let i = 0; i < info!.chunks; i++) parts.push(await core.blobChunk(id, i));
    expect(Buffer.concat(parts).equals(Buffer.from(data))).toBe(true);
    await core.blobDelete(id);
    expect(core.blobInfo(id)).toBeUndefined();
    expect(await core.rawDb().count(STORE.chunks)).toBe(0);
  });
});

describe('attachments stored many at once (an import)', () => {
  const sha = async (bytes: Uint8Array) => (await import('node:crypto')).createHash('sha256').update(bytes).digest('hex');

  it('stores each with its own SHA-256 and reads each back, under the ids chosen beforehand', async () => {
    const core = await freshVault();
    const photo = new Uint8Array(1.5 * 1024 * 1024).map((_, i) => (i * 13) % 251);
    const preview = new Uint8Array([1, 2, 3, 4, 5]);
    const [photoHash, previewHash] = [await sha(photo), await sha(preview)];
    const ids = ['AAAAAAAAAAAAAAAAAAAAAA', 'BBBBBBBBBBBBBBBBBBBBBB'];
    const infos = await core.blobPutMany([
      { type: 'image/jpeg', name: 'IMG_1.jpg', bytes: photo.slice(), id: ids[0] },
      { type: 'image/jpeg', name: 'preview.jpg', bytes: preview.slice(), id: ids[1] },
    ]);
    expect(infos).toMatchObject([
      { id: ids[0], name: 'IMG_1.jpg', size: photo.length, chunks: 2, sha256: photoHash },
      { id: ids[1], name: 'preview.jpg', size: 5, chunks: 1, sha256: previewHash },
    ]);
    const parts = [await core.blobChunk(ids[0]!, 0), await core.blobChunk(ids[0]!, 1)];
    expect(Buffer.concat(parts).equals(Buffer.from(photo))).toBe(true);
    expect(Buffer.from(await core.blobChunk(ids[1]!, 0)).equals(Buffer.from(preview))).toBe(true);
    // Each its own key, as one stored alone: the records say so.
    const keys = ids.map((id) => (core.records.get('_blob', id) as { key?: string }).key);
    expect(keys[0]).toBeTruthy();
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('stores all of a batch or none of it', async () => {
    const core = await freshVault();
    let puts = 0;
    const real = IDBObjectStore.prototype.put;
    // The third row of the transaction fails: storage full midway through the batch.
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++puts === 3) throw new DOMException('full', 'QuotaExceededError');
      return real.apply(this, args);
    });
    try {
      await expect(core.blobPutMany([
        { type: 'image/png', name: 'a.png', bytes: new Uint8Array(10) },
        { type: 'image/png', name: 'b.png', bytes: new Uint8Array(20) },
      ])).rejects.toMatchObject({ code: 'quota' });
    } finally {
      spy.mockRestore();
    }
    expect(puts).toBeGreaterThanOrEqual(3);
    expect(await core.rawDb().count(STORE.chunks)).toBe(0);
    expect(core.blobList()).toEqual([]);
  });

  it('refuses an id already stored or given twice, storing nothing', async () => {
    const core = await freshVault();
    const id = 'CCCCCCCCCCCCCCCCCCCCCC';
    await core.blobPutMany([{ type: 'text/plain', name: 'a', bytes: new Uint8Array([1]), id }]);
    await expect(core.blobPutMany([{ type: 'text/plain', name: 'b', bytes: new Uint8Array([2]), id }])).rejects.toMatchObject({ code: 'corrupt' });
    const twice = 'DDDDDDDDDDDDDDDDDDDDDD';
    await expect(core.blobPutMany([
      { type: 'text/plain', name: 'c', bytes: new Uint8Array([3]), id: twice },
      { type: 'text/plain', name: 'd', bytes: new Uint8Array([4]), id: twice },
    ])).rejects.toMatchObject({ code: 'corrupt' });
    expect(core.blobList().map((b) => b.id)).toEqual([id]);
    expect(await core.rawDb().count(STORE.chunks)).toBe(1);
  });
});

describe('an attachment written a slice at a time', () => {
  it('leaves no plaintext in the writer once the last slice is stored', async () => {
    const { BlobWriter } = await import('../../src/vault/worker/blobs');
    const core = await freshVault();
    const writer = new BlobWriter(core.rawDb(), 'EEEEEEEEEEEEEEEEEEEEEE', 'image/jpeg', 'x.jpg');
    // A full chunk, then a shorter last one: the buffer held both, the first beyond the last's end.
    await writer.write(new Uint8Array(1024 * 1024).fill(7), false);
    await writer.write(new Uint8Array(1000).fill(9), true);
    const buf = (writer as unknown as { buf: Uint8Array }).buf;
    expect(buf.some((b) => b !== 0)).toBe(false);
  });
});

describe('storage full', () => {
  it('reports quota errors clearly and changes nothing', async () => {
    const core = await freshVault();
    const id = await core.put('journal', null, { text: 'before' });
    const quota = new DOMException('full', 'QuotaExceededError');
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota;
    });
    try {
      await expect(core.put('journal', id, { text: 'after' })).rejects.toMatchObject({ code: 'quota' });
      await expect(core.put('journal', null, { text: 'new' })).rejects.toMatchObject({ code: 'quota' });
      const blob = core.blobBegin('image/png', 'p.png');
      await expect(core.blobWrite(blob, new Uint8Array(4), true)).rejects.toMatchObject({ code: 'quota' });
    } finally {
      spy.mockRestore();
    }
    expect(core.get('journal', id)).toEqual({ text: 'before' });
    expect(core.list('journal')).toHaveLength(1);
    expect(await core.rawDb().count(STORE.chunks)).toBe(0);
  });
});
