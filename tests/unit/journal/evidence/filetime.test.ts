// Reading a picture's own time: EXIF DateTimeOriginal in both byte orders, DateTime as a
// fallback, and the file's modified time for anything else.
import { describe, expect, it } from 'vitest';
import { exifDateTimeOriginal, fileTime } from '../../../../src/features/journal/evidence/fileTime';
import { jpegWithExif } from '../../../e2e/journal-helpers';

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
