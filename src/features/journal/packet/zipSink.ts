// Streams a zip (fflate) into a Blob: output is folded into the Blob every MB, so the
// page's own memory holds only the file being added plus that buffer, never the whole zip.
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

const FLUSH_BYTES = 1024 * 1024;
const SLICE = 1024 * 1024;

export class ZipToBlob {
  private readonly zip: Zip;
  private parts: Uint8Array[] = [];
  private pending = 0;
  /** Each MB of output as its own Blob, joined once at the end (no Blob of Blobs of Blobs). */
  private readonly blobs: Blob[] = [];
  private error: Error | null = null;
  private finished = false;

  constructor(private readonly mtime: number) {
    this.zip = new Zip((err, chunk, final) => {
      if (err) this.error = err;
      else {
        this.parts.push(chunk);
        this.pending += chunk.length;
        if (this.pending >= FLUSH_BYTES || final) this.flush();
        if (final) this.finished = true;
      }
    });
  }

  private flush(): void {
    // A Blob copies its parts: the chunks can be let go at once.
    this.blobs.push(new Blob(this.parts as Uint8Array<ArrayBuffer>[]));
    this.parts = [];
    this.pending = 0;
  }

  private check(): void {
    if (this.error) throw this.error;
  }

  /** Small generated files: deflated when they are text, stored as they are otherwise. */
  addBytes(path: string, bytes: Uint8Array, compress: boolean): void {
    const file = compress ? new ZipDeflate(path, { level: 6 }) : new ZipPassThrough(path);
    file.mtime = this.mtime;
    this.zip.add(file);
    if (!bytes.length) file.push(new Uint8Array(), true);
    for (let i = 0; i < bytes.length; i += SLICE) file.push(bytes.subarray(i, i + SLICE), i + SLICE >= bytes.length);
    this.check();
  }

  /** An original, byte for byte (stored, not recompressed), read as a stream. */
  async addBlob(path: string, blob: Blob): Promise<void> {
    const file = new ZipPassThrough(path);
    file.mtime = this.mtime;
    this.zip.add(file);
    const reader = blob.stream().getReader();
    let previous: Uint8Array | null = null;
    // One chunk behind, so the last one can be marked final.
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      if (previous) file.push(previous);
      previous = value;
      this.check();
    }
    file.push(previous ?? new Uint8Array(), true);
    this.check();
  }

  finish(): Blob {
    this.zip.end();
    this.check();
    if (!this.finished) throw new Error('zip-incomplete');
    return new Blob(this.blobs, { type: 'application/zip' });
  }
}
