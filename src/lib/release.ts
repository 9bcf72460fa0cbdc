// Frees a spent buffer's memory at once by detaching it (ArrayBuffer.prototype.transfer; a no-op
// where the engine lacks it). Streaming a long video or a whole vault spends a MiB per chunk, and
// a worker that allocates little else would let hundreds of MiB of them wait for a late garbage
// collection (issue 16). Only for buffers nothing else still reads.
export function release(bytes: Uint8Array): void {
  (bytes.buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer }).transfer?.(0);
}
