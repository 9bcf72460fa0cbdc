// Reading a picture's own time: EXIF DateTimeOriginal in both byte orders, DateTime as a
// fallback, and the file's modified time for anything else.
import { describe, expect, it } from 'vitest';
import { exifDateTimeOriginal, fileTime } from '../../src/features/journal/fileTime';

/** A minimal JPEG: SOI, an APP1 Exif segment with IFD0 (DateTime, Exif pointer) and an Exif IFD. */
function jpegWithExif(little: boolean, original: string | null, dateTime = '2020:01:01 00:00:00'): Uint8Array {
  const tiff: number[] = [];
  const u16 = (n: number) => (little ? [n & 255, n >> 8] : [n >> 8, n & 255]);
  const u32 = (n: number) => (little ? [n & 255, (n >> 8) & 255, (n >> 16) & 255, n >>> 24] : [n >>> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255]);
  const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0)).concat(0);
  // Layout: header (8) | IFD0 at 8: 2 entries (2 + 24 + 4 = 30) | Exif IFD at 38: 1 entry (18) | strings at 56
  const dateAt = 56;
  const originalAt = 76;
  tiff.push(...(little ? [0x49, 0x49] : [0x4d, 0x4d]), ...u16(42), ...u32(8));
  tiff.push(...u16(2), ...u16(0x0132), ...u16(2), ...u32(20), ...u32(dateAt), ...u16(0x8769), ...u16(4), ...u32(1), ...u32(38), ...u32(0));
  tiff.push(...u16(original ? 1 : 0), ...(original ? [...u16(0x9003), ...u16(2), ...u32(20), ...u32(originalAt)] : []), ...u32(0));
  while (tiff.length < dateAt) tiff.push(0);
  tiff.push(...ascii(dateTime));
  while (tiff.length < originalAt) tiff.push(0);
  if (original) tiff.push(...ascii(original));
  const body = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff];
  const length = body.length + 2;
  return new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xe1, length >> 8, length & 255, ...body, 0xff, 0xda, 0, 2, 0xff, 0xd9]);
}

describe('file time', () => {
  it('reads DateTimeOriginal as local time, in big- and little-endian files', () => {
    const expected = new Date(2025, 10, 3, 8, 42, 7).getTime();
    expect(exifDateTimeOriginal(jpegWithExif(false, '2025:11:03 08:42:07'))).toBe(expected);
    expect(exifDateTimeOriginal(jpegWithExif(true, '2025:11:03 08:42:07'))).toBe(expected);
  });

  it('falls back to DateTime, and gives null for non-JPEG or broken dates', () => {
    expect(exifDateTimeOriginal(jpegWithExif(true, null, '2024:02:29 23:59:59'))).toBe(new Date(2024, 1, 29, 23, 59, 59).getTime());
    expect(exifDateTimeOriginal(jpegWithExif(true, '2025:02:30 10:00:00'))).toBeNull();
    expect(exifDateTimeOriginal(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
  });

  it('uses the picture time for a JPEG that has one, else the modified time', async () => {
    const jpeg = new File([jpegWithExif(false, '2025:11:03 08:42:07') as Uint8Array<ArrayBuffer>], 'a.jpg', { type: 'image/jpeg', lastModified: 5_000 });
    expect(await fileTime(jpeg)).toEqual({ at: new Date(2025, 10, 3, 8, 42, 7).getTime(), source: 'exif' });
    const png = new File([new Uint8Array([1, 2, 3])], 'b.png', { type: 'image/png', lastModified: 1_700_000_000_000 });
    expect(await fileTime(png)).toEqual({ at: 1_700_000_000_000, source: 'modified' });
  });
});
