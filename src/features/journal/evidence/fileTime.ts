// When a picked file was made: a JPEG's EXIF DateTimeOriginal where it has one (camera local
// time), else the file's modified time. Reads only the file's first 128 KB; never alters it.

const HEAD_BYTES = 128 * 1024;

/** "YYYY:MM:DD HH:MM:SS" as local time, or null. */
function exifDate(text: string): number | null {
  const m = /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})/.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi, s);
  return Number.isNaN(date.getTime()) || date.getMonth() !== mo - 1 ? null : date.getTime();
}

/** DateTimeOriginal (tag 0x9003 in the Exif IFD) from a JPEG's first bytes, or null. */
export function exifDateTimeOriginal(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 4 || view.getUint16(0) !== 0xffd8) return null;
  let offset = 2;
  while (offset + 4 <= bytes.length && bytes[offset] === 0xff) {
    const marker = bytes[offset + 1]!;
    const length = view.getUint16(offset + 2);
    if (marker === 0xda || marker === 0xd9) return null; // image data: no metadata after this
    const start = offset + 4;
    if (marker === 0xe1 && start + 6 <= bytes.length && String.fromCharCode(...bytes.subarray(start, start + 4)) === 'Exif') {
      return readTiff(view, start + 6, Math.min(bytes.length, offset + 2 + length));
    }
    offset += 2 + length;
  }
  return null;
}

function readTiff(view: DataView, tiff: number, end: number): number | null {
  if (tiff + 8 > end) return null;
  const little = view.getUint16(tiff) === 0x4949;
  const u16 = (at: number) => view.getUint16(at, little);
  const u32 = (at: number) => view.getUint32(at, little);
  // One IFD's entries: tag -> absolute offset of the entry.
  const entries = (ifd: number) => {
    const found = new Map<number, number>();
    if (ifd + 2 > end) return found;
    const count = u16(ifd);
    for (let i = 0; i < count && ifd + 2 + i * 12 + 12 <= end; i++) found.set(u16(ifd + 2 + i * 12), ifd + 2 + i * 12);
    return found;
  };
  const ascii = (entry: number) => {
    const count = u32(entry + 4);
    const at = count > 4 ? tiff + u32(entry + 8) : entry + 8;
    if (at + count > end) return '';
    let s = '';
    for (let i = 0; i < count; i++) s += String.fromCharCode(view.getUint8(at + i));
    return s;
  };
  const ifd0 = entries(tiff + u32(tiff + 4));
  const exifPointer = ifd0.get(0x8769);
  const exif = exifPointer === undefined ? new Map<number, number>() : entries(tiff + u32(exifPointer + 8));
  const original = exif.get(0x9003);
  if (original !== undefined) return exifDate(ascii(original));
  const modified = ifd0.get(0x0132); // DateTime, when there is no DateTimeOriginal
  return modified === undefined ? null : exifDate(ascii(modified));
}

/** The time to suggest for a file: its picture metadata, else its modified time. */
export async function fileTime(file: File): Promise<{ at: number; source: 'exif' | 'modified' }> {
  if (/^image\/jpe?g$/.test(file.type) || /\.jpe?g$/i.test(file.name)) {
    try {
      const at = exifDateTimeOriginal(new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer()));
      if (at !== null) return { at, source: 'exif' };
    } catch {
      /* not a readable JPEG: fall back to the modified time */
    }
  }
  return { at: file.lastModified || Date.now(), source: 'modified' };
}
