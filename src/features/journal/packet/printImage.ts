// The PDF's copy of a picture: small enough that a hundred keep the PDF a few MB, sharp enough
// to read a screenshot on paper. Made one at a time; the original is never touched.
import { makeThumbnail } from '../evidence/thumbnail';

/** The long side of the PDF's copy: 1600 px is about 300 dpi at the size it is printed. */
export const PRINT_LONG_SIDE = 1600;
/** A JPEG this small (and no larger than PRINT_LONG_SIDE) goes in as it is: no decoding, no loss. */
const AS_IS_BYTES = 512 * 1024;

/** Width and height from a JPEG's or PNG's header (the first 64 KB), or null. */
export function imageSize(head: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  if (head.length >= 24 && view.getUint32(0) === 0x89504e47) return { width: view.getUint32(16), height: view.getUint32(20) };
  if (head.length < 4 || view.getUint16(0) !== 0xffd8) return null;
  let at = 2;
  while (at + 9 < head.length) {
    if (head[at] !== 0xff) return null;
    const marker = head[at + 1]!;
    // Start-of-frame markers (baseline, progressive, …), not DHT/JPG/DAC, which share the range.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    at += 2 + view.getUint16(at + 2);
  }
  return null;
}

/** The width to ask the decoder for, so the long side is at most PRINT_LONG_SIDE (height follows). */
export function printWidth(size: { width: number; height: number } | null): number {
  if (!size) return PRINT_LONG_SIDE;
  const scale = Math.min(1, PRINT_LONG_SIDE / Math.max(size.width, size.height));
  return Math.max(1, Math.round(size.width * scale));
}

/** JPEG bytes for the PDF, or null when the browser cannot decode the picture (HEIC on most). */
export async function printable(blob: Blob, type: string): Promise<Uint8Array | null> {
  const size = imageSize(new Uint8Array(await blob.slice(0, 64 * 1024).arrayBuffer()));
  const small = size !== null && Math.max(size.width, size.height) <= PRINT_LONG_SIDE;
  if (type === 'image/jpeg' && blob.size <= AS_IS_BYTES && small) return new Uint8Array(await blob.arrayBuffer());
  const copy = await makeThumbnail(blob, printWidth(size), 0.8).catch(() => null);
  return copy && new Uint8Array(await copy.arrayBuffer());
}
