// The backup reader's byte source: windows loaded ahead, reads that straddle them, the file's end.
import { describe, expect, it } from 'vitest';
import { ByteSource } from '../../src/vault/backup/reader';
import { pattern } from './backup-helpers';

describe('ByteSource', () => {
  it('returns the file in order, whatever the read sizes and window edges (files of several windows)', async () => {
    const bytes = pattern(21 * 1024 * 1024 + 77, 11);
    const file = new Blob([bytes as Uint8Array<ArrayBuffer>]);
    for (const [start, sizes] of [[0, [1024 * 1024 + 45, 29]], [123, [8 * 1024 * 1024, 5, 3 * 1024 * 1024 + 1]]] as const) {
      const src = new ByteSource(file, start);
      let at = start;
      for (let i = 0; at < bytes.length; i++) {
        const n = sizes[i % sizes.length]!;
        const got = await src.read(n);
        const want = bytes.subarray(at, Math.min(bytes.length, at + n));
        expect(got.length).toBe(want.length);
        expect(Buffer.from(got).equals(Buffer.from(want))).toBe(true);
        at += got.length;
        expect(src.offset).toBe(at);
      }
      expect((await src.read(10)).length).toBe(0);
    }
  });
});
