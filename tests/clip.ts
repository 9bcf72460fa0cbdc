// A real, playable video for the browser tests: tests/fixtures/clip-vp8.webm (two seconds, 160×120,
// VP8, recorded once with Chromium's MediaRecorder), padded to any size with an EBML Void element
// (players skip it) of seeded filler, so every offset holds its own byte and a range read from the
// wrong place shows.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

export const CLIP = readFileSync(new URL('./fixtures/clip-vp8.webm', import.meta.url));
export const CLIP_WIDTH = 160;
export const MiB = 1024 * 1024;
export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Seeded filler (mulberry32). */
function filler(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let a = seed;
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

/** The clip, `size` bytes long. */
export function paddedClip(size: number, seed = 16): Buffer {
  const padding = size - CLIP.length - 9;
  const head = Buffer.alloc(9);
  head[0] = 0xec; // Void, then an 8-byte size: 0x01 and 7 bytes big-endian
  head[1] = 0x01;
  head.writeUIntBE(padding, 3, 6);
  return Buffer.concat([CLIP, head, filler(padding, seed)]);
}
