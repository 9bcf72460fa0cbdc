// Reads a zip (WhatsApp's "Export chat" with media) straight from the File: the central directory
// from its end, each file inflated by the browser's DecompressionStream only when it is needed,
// so a chat with hundreds of MB of photos is never in memory whole (and fflate stays in the packet).
import { ImportError } from './model';

export interface ZipEntry { name: string; read(): Promise<Blob> }

const u16 = (v: DataView, at: number) => v.getUint16(at, true);
const u32 = (v: DataView, at: number) => v.getUint32(at, true);

async function view(file: Blob, start: number, end: number): Promise<DataView> {
  return new DataView(await file.slice(start, end).arrayBuffer());
}

/** The zip's files, or ImportError('truncated') when its directory is missing or cut. */
export async function zipEntries(file: Blob): Promise<ZipEntry[]> {
  // The end record sits in the last 22 bytes plus a comment of up to 64 KB.
  const tailStart = Math.max(0, file.size - 22 - 65_535);
  const tail = await view(file, tailStart, file.size);
  let eocd = -1;
  for (let i = tail.byteLength - 22; i >= 0; i--) {
    if (u32(tail, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ImportError('truncated');
  const count = u16(tail, eocd + 10);
  const dirSize = u32(tail, eocd + 12);
  const dirStart = u32(tail, eocd + 16);
  if (dirStart + dirSize > file.size) throw new ImportError('truncated');
  const dir = await view(file, dirStart, dirStart + dirSize);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let p = 0, i = 0; i < count; i++) {
    if (p + 46 > dir.byteLength || u32(dir, p) !== 0x02014b50) throw new ImportError('truncated');
    const method = u16(dir, p + 10);
    const compressed = u32(dir, p + 20);
    const nameLength = u16(dir, p + 28);
    const skip = nameLength + u16(dir, p + 30) + u16(dir, p + 32);
    const local = u32(dir, p + 42);
    const name = decoder.decode(new Uint8Array(dir.buffer, dir.byteOffset + p + 46, nameLength));
    p += 46 + skip;
    if (name.endsWith('/')) continue;
    entries.push({
      name,
      async read() {
        const head = await view(file, local, local + 30);
        if (head.byteLength < 30 || u32(head, 0) !== 0x04034b50) throw new ImportError('truncated');
        const start = local + 30 + u16(head, 26) + u16(head, 28);
        if (start + compressed > file.size) throw new ImportError('truncated');
        const raw = file.slice(start, start + compressed);
        if (method === 0) return raw;
        if (method !== 8) throw new ImportError('not-export', `zip method ${method}`);
        try {
          return await new Response(raw.stream().pipeThrough(new DecompressionStream('deflate-raw'))).blob();
        } catch {
          throw new ImportError('truncated');
        }
      },
    });
  }
  return entries;
}
