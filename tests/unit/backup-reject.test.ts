// Every bad backup file gets its own clear error and leaves the vault byte-identical:
// wrong passphrase, truncated, bit-flipped, reordered, foreign, older/newer version, huge,
// forged content, and a storage failure halfway through applying.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { VaultCore } from '../../src/vault/worker/core';
import { loadSodium } from '../../src/vault/worker/crypto';
import { BACKUP_VERSION, FRAME_HEAD_BYTES, FRAME_PLAIN_BYTES, ITEM, itemHead, encodeJson } from '../../src/vault/backup/format';
import { sealChunk } from '../../src/vault/worker/blobs';
import { ContentChecker, ItemParser } from '../../src/vault/backup/items';
import { encodeBackup } from '../../src/vault/backup/writer';
import { randomBytes, toBase64 } from '../../src/vault/worker/crypto';
import { createHash } from 'node:crypto';
import { PASS, addBlob, bytesOf, exportBlob, importBlob, namedVault, pattern, snapshot } from './backup-helpers';

const DATA_FRAME = FRAME_HEAD_BYTES + FRAME_PLAIN_BYTES + 16;
let good: Uint8Array;
let target: VaultCore;
let before: string;

beforeAll(async () => {
  const { core } = await namedVault();
  await core.put('journal-version', null, { what: 'from the old phone' });
  // Big enough for three data frames, so frames can be dropped, swapped and repeated.
  await addBlob(core, pattern(2 * 1024 * 1024 + 500, 5));
  good = await bytesOf(await exportBlob(core));
  const made = await namedVault();
  target = made.core;
  await target.put('journal-version', null, { what: 'already on this phone' });
  await addBlob(target, pattern(1000, 8));
  before = await snapshot(target);
});

afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  expect(await snapshot(target)).toBe(before);
  expect(target.list('journal-version').map((i) => i.value)).toEqual([{ what: 'already on this phone' }]);
});

const file = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>]);
const headerEnd = () => 16 + new DataView(good.buffer).getUint32(12) + 16;
const frameAt = (i: number) => headerEnd() + i * DATA_FRAME;
const frameCount = () => Math.floor((good.length - headerEnd()) / DATA_FRAME);

async function rejects(bytes: Uint8Array, code: string, mode: 'replace' | 'merge' = 'replace', passphrase = PASS) {
  await expect(importBlob(target, file(bytes), mode, passphrase)).rejects.toMatchObject({ code });
}

function flip(at: number, bit = 0): Uint8Array {
  const copy = good.slice();
  copy[at]! ^= 1 << bit;
  return copy;
}

describe('backup import refuses bad files and changes nothing', () => {
  it('sanity: the good file imports (into a throwaway vault)', async () => {
    const { core } = await namedVault();
    await expect(importBlob(core, file(good), 'replace')).resolves.toMatchObject({ added: 2 });
  });

  it('wrong passphrase', async () => {
    await rejects(good, 'wrong-passphrase', 'replace', 'not the passphrase');
    await rejects(good, 'wrong-passphrase', 'merge', '');
  });

  it('truncated anywhere: inside the header, inside a frame, on a frame boundary, one byte short', async () => {
    expect(frameCount()).toBe(3);
    for (const length of [10, 20, headerEnd() - 1, headerEnd(), headerEnd() + 100, frameAt(1), frameAt(2) + 5000, frameAt(3), good.length - 1]) {
      await rejects(good.subarray(0, length), 'backup-truncated');
    }
  });

  it('a flipped bit anywhere after the magic and version: header, check, frame heads, ciphertext, final frame', async () => {
    const positions = [
      12, 15, 20, headerEnd() - 20, headerEnd() - 1, // header length, header JSON, header check
      frameAt(0), frameAt(0) + 3, frameAt(0) + 4, frameAt(0) + 10, frameAt(0) + 40, // frame head, nonce, ciphertext
      frameAt(1) + 500_000, frameAt(2) + DATA_FRAME - 1, frameAt(3) + 2, frameAt(3) + 50, good.length - 1,
    ];
    for (const at of positions) for (const bit of [0, 7]) await rejects(flip(at, bit), 'backup-damaged');
  });

  it('frames reordered, dropped, duplicated, or bytes appended', async () => {
    const f = (i: number) => good.subarray(frameAt(i), frameAt(i + 1));
    const head = good.subarray(0, headerEnd());
    const tail = good.subarray(frameAt(3));
    const join = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
    await rejects(join(head, f(1), f(0), f(2), tail), 'backup-damaged');
    await rejects(join(head, f(0), f(2), tail), 'backup-damaged');
    await rejects(join(head, f(0), f(1), f(1), f(2), tail), 'backup-damaged');
    await rejects(join(good, new Uint8Array([0])), 'backup-damaged');
    await rejects(join(head, f(0), f(1), f(2), tail, tail), 'backup-damaged');
  });

  it('a file that is not a backup: random bytes, an image, text, empty', async () => {
    await rejects(pattern(5000, 1), 'backup-foreign');
    await rejects(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'backup-foreign');
    await rejects(new TextEncoder().encode('Dear diary, today I went to the park.'), 'backup-foreign');
    await rejects(new Uint8Array(0), 'backup-foreign');
    await rejects(good.subarray(0, 4), 'backup-truncated');
  });

  it('a backup from an older or a newer version', async () => {
    const withVersion = (v: number) => {
      const copy = good.slice();
      new DataView(copy.buffer).setUint16(8, v);
      return copy;
    };
    await rejects(withVersion(0), 'backup-too-old');
    await rejects(withVersion(BACKUP_VERSION + 1), 'backup-too-new');
    await rejects(withVersion(0xffff), 'backup-too-new');
  });

  it('a huge file, before reading a byte of it, and one larger than the storage left', async () => {
    const slice = vi.fn(() => new Blob([good as Uint8Array<ArrayBuffer>]));
    const huge = { size: 5 * 1024 ** 3, slice } as unknown as Blob;
    await expect(target.importOpen(huge, PASS, PASS)).rejects.toMatchObject({ code: 'backup-too-big' });
    expect(slice).not.toHaveBeenCalled();
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ quota: 1_000_000, usage: 900_000 }) } });
    await rejects(good, 'backup-too-big');
  });

  it('an authentic file with inconsistent content (a writer that lies) is refused while applying, and rolled back', async () => {
    const bytes = pattern(600_000, 3);
    const forged = async (sha256: string, size: number) => {
      const info = { id: 'photo-1', type: 'image/png', name: 'a.png', size, chunks: 3, sha256, addedAt: 1 };
      const source = {
        records: [['r1', { k: 'journal-version', d: { what: 'forged' } }]] as Array<[string, { k: string; d: unknown }]>,
        blobs: [info],
        readChunk: async (_: unknown, i: number) => bytes.slice(i * 262_144, (i + 1) * 262_144),
        readSealed: async () => { throw new Error('plain chunks only'); },
      };
      const parts: Uint8Array<ArrayBuffer>[] = [];
      for await (const { piece } of encodeBackup(source, PASS, { ops: 1, mem: 1024 * 1024 })) parts.push(piece as Uint8Array<ArrayBuffer>);
      return new Uint8Array(Buffer.concat(parts));
    };
    const sha = createHash('sha256').update(bytes).digest('hex');
    await expect(importBlob((await namedVault()).core, file(await forged(sha, bytes.length)), 'replace')).resolves.toMatchObject({ added: 2 });
    await rejects(await forged('0'.repeat(64), bytes.length), 'backup-damaged');
    await rejects(await forged(sha, bytes.length + 5), 'backup-damaged');
  });

  it('an authentic file whose sealed photo chunk does not match its key or place is refused while applying', async () => {
    const key = randomBytes(32);
    const plain = pattern(1000, 4);
    const forged = async (tamper: (ct: Uint8Array) => void, index = 0) => {
      const info = { id: 'p1', type: 'image/png', name: 'a.png', size: 1000, chunks: 1, sha256: 'a'.repeat(64), addedAt: 1, key: toBase64(key), cv: 2 };
      const sealed = sealChunk(plain, 'p1', index, true, key);
      tamper(sealed.ct);
      const source = { records: [], blobs: [info], readChunk: async () => plain, readSealed: async () => sealed };
      const parts: Uint8Array<ArrayBuffer>[] = [];
      for await (const { piece } of encodeBackup(source, PASS, { ops: 1, mem: 1024 * 1024 })) parts.push(piece as Uint8Array<ArrayBuffer>);
      return new Uint8Array(Buffer.concat(parts));
    };
    await expect(importBlob((await namedVault()).core, file(await forged(() => undefined)), 'replace')).resolves.toMatchObject({ added: 1 });
    await rejects(await forged((ct) => void (ct[3]! ^= 1)), 'backup-damaged');
    await rejects(await forged(() => undefined, 1), 'backup-damaged');
  });

  it('a storage failure while applying rolls back everything it staged', async () => {
    const original = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls > 3) throw new DOMException('full', 'QuotaExceededError');
      return original.apply(this, args as Parameters<IDBObjectStore['put']>);
    });
    await rejects(good, 'quota');
  });
});

describe('content checks (what only a forger with the key could produce)', () => {
  beforeAll(loadSodium);
  const item = (type: number, value: unknown) => {
    const payload = value instanceof Uint8Array ? value : encodeJson(value);
    return new Uint8Array(Buffer.concat([itemHead(type, payload.length), payload]));
  };
  const meta = item(ITEM.meta, { createdAt: 1, records: 1, blobs: 0, bytes: 0 });

  async function check(...items: Uint8Array[]) {
    const checker = new ContentChecker({}, true);
    const parser = new ItemParser();
    for (const it of parser.feed(new Uint8Array(Buffer.concat(items)))) await checker.item(it);
    return checker;
  }

  it('accepts a well-formed stream split anywhere', async () => {
    const rec = item(ITEM.record, { id: 'a', k: 'journal-version', d: { x: 1 } });
    const end = item(ITEM.end, { records: 1, blobs: 0, chunks: 0, bytes: rec.length - 5 });
    const all = new Uint8Array(Buffer.concat([meta, rec, end, new Uint8Array(10)]));
    for (const cut of [1, 3, 7, meta.length + 2, all.length - 3]) {
      const checker = new ContentChecker({}, true);
      const parser = new ItemParser();
      for (const part of [all.subarray(0, cut), all.subarray(cut)]) for (const it of parser.feed(part)) await checker.item(it);
      expect(checker.finished && parser.complete()).toBe(true);
    }
  });

  it('rejects internal kinds, missing chunks, wrong hashes, bad counts and padding', async () => {
    const end = (records: number, blobs = 0, chunks = 0, bytes = 0) => item(ITEM.end, { records, blobs, chunks, bytes });
    await expect(check(meta, item(ITEM.record, { id: 'a', k: '_decoy', d: {} }))).rejects.toMatchObject({ code: 'backup-damaged' });
    await expect(check(meta, item(ITEM.record, { id: '~a', k: 'x', d: {} }))).rejects.toMatchObject({ code: 'backup-damaged' });
    await expect(check(item(ITEM.record, { id: 'a', k: 'x', d: {} }))).rejects.toMatchObject({ code: 'backup-damaged' });
    const blob = { id: 'b', type: 't', name: 'n', size: 3, chunks: 2, sha256: '0'.repeat(64), addedAt: 1 };
    await expect(check(meta, item(ITEM.blob, blob), item(ITEM.chunk, new Uint8Array(3)), end(0))).rejects.toMatchObject({ code: 'backup-damaged' });
    await expect(check(meta, item(ITEM.blob, { ...blob, chunks: 1 }), item(ITEM.chunk, new Uint8Array(3)))).rejects.toMatchObject({ code: 'backup-damaged' });
    await expect(check(meta, end(5))).rejects.toMatchObject({ code: 'backup-damaged' });
    await expect(check(meta, item(ITEM.record, { id: 'a', k: 'x', d: 1 }), item(ITEM.record, { id: 'a', k: 'x', d: 1 }))).rejects.toMatchObject({ code: 'backup-damaged' });
    const parser = new ItemParser();
    expect(() => parser.feed(new Uint8Array([9, 0, 0, 0, 1, 0]))).toThrow();
  });
});
