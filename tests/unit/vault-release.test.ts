// The write path frees what it sealed as soon as IndexedDB has its copy (issue 25): every row's
// ciphertext and every slice the page handed over is detached once stored, and what was stored
// still opens whole. Node 20 has no ArrayBuffer.prototype.transfer, so the test gives it one that
// detaches for real (structuredClone with transfer), as the browsers' does.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VaultCore } from '../../src/vault/worker/core';
import { CHUNK_BYTES } from '../../src/vault/format';
import { FAST } from './vault-helpers';

const PASS = 'correct horse battery staple';
const own = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'transfer');
let detached: number[] = [];

beforeEach(() => {
  detached = [];
  Object.defineProperty(ArrayBuffer.prototype, 'transfer', {
    configurable: true,
    value(this: ArrayBuffer) {
      detached.push(this.byteLength);
      structuredClone(this, { transfer: [this] });
      return new ArrayBuffer(0);
    },
  });
});

afterEach(() => {
  if (own) Object.defineProperty(ArrayBuffer.prototype, 'transfer', own);
  else Reflect.deleteProperty(ArrayBuffer.prototype, 'transfer');
});

/** Deterministic bytes (a seed, not Math.random): the same file on every run. */
function bytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let a = seed;
  for (let i = 0; i < length; i++) {
    a = (Math.imul(a, 1_103_515_245) + 12_345) >>> 0;
    out[i] = a >>> 24;
  }
  return out;
}

describe('the write path frees what it stored', () => {
  it('detaches each sealed row and each handed-over slice, and everything still opens after unlock', async () => {
    const name = `release-${Date.now()}`;
    const core = new VaultCore(name);
    await core.create(PASS, FAST);
    detached = [];

    const entries = Array.from({ length: 300 }, (_, i) => ({ n: i, words: `message ${i}` }));
    const ids = await core.writeMany('entry', entries, []);
    // 300 record rows (1 KiB and more each) and at least one index row: none left for a late collection.
    expect(detached.filter((size) => size >= 1024).length).toBeGreaterThanOrEqual(301);

    // A file of two whole chunks and a part, handed over in slices as the page does.
    const file = bytes(2 * CHUNK_BYTES + 12_345, 7);
    const blobId = core.blobBegin('application/xml', 'sms.xml');
    const slices = [file.slice(0, 700_000), file.slice(700_000, 2_000_000), file.slice(2_000_000)];
    detached = [];
    for (const [i, slice] of slices.entries()) await core.blobWrite(blobId, slice, i === slices.length - 1);
    for (const slice of slices) expect(slice.byteLength).toBe(0);
    // The three slices, two whole chunks' ciphertexts (a MiB and the tag) and the last chunk's,
    // padded to 16 KiB: each freed once stored, none left for a late collection.
    const tag = 16;
    expect(detached).toEqual(expect.arrayContaining([700_000, 1_300_000, 109_497, CHUNK_BYTES + tag, CHUNK_BYTES + tag, 16_384 + tag]));
    expect(detached.filter((size) => size === CHUNK_BYTES + tag)).toHaveLength(2);

    const pictures = [bytes(40_000, 1), bytes(65_000, 2)];
    const [first, second] = await core.blobPutMany(pictures.map((p, i) => ({ type: 'image/jpeg', name: `IMG_${i}.jpg`, bytes: p.slice() })));
    core.lock();

    const again = new VaultCore(name);
    await again.unlock(PASS);
    const listed = (await again.listAll('entry')).map((item) => [item.id, item.value]);
    expect(new Map(listed as Array<[string, unknown]>)).toEqual(new Map(ids.map((id, i) => [id, entries[i]])));
    const read: Uint8Array[] = [];
    for (let i = 0; i < 3; i++) read.push(await again.blobChunk(blobId, i));
    expect(Buffer.concat(read).equals(Buffer.from(file))).toBe(true);
    expect(Buffer.from(await again.blobChunk(first!.id, 0)).equals(Buffer.from(pictures[0]!))).toBe(true);
    expect(Buffer.from(await again.blobChunk(second!.id, 0)).equals(Buffer.from(pictures[1]!))).toBe(true);
    again.lock();
  });
});
