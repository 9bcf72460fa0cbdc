// A file's text streamed a slice at a time (an SMS backup of hundreds of MB is never one string),
// giving up a turn of the event loop now and then so the page stays answerable while it is parsed.
import { turnTaker } from '../../lib/macrotask';
import { ImportError } from './model';

/** Bytes decoded and handed on at a time. */
export const SLICE = 64 * 1024;
/** Bytes read from the file at a time: 256 KiB ranges made a backup's read 2.5 times as long. */
export const READ = 16 * SLICE;

/**
 * The file's text a slice at a time. Before each it asks `turn` for a turn of the event loop, which
 * turnTaker gives up every 40 ms of work: reads resolve from what is already buffered, so without
 * it parsing a 54 MB backup was one 1.3 s task (bench `import`, readLongTasksMs), in which the
 * progress never showed, Cancel could not be pressed, and Quick exit did not answer.
 *
 * The file is read a range at a time (Blob.slice), not through Blob.stream(): Chromium's stream
 * hands over 2 MiB chunks, and read-and-dropped ones were still held as ArrayBuffers after a
 * collection: in a probe of a 43 MB backup the parse's live peak was 18 MB (4.5 MB of it the records
 * kept); read by 1 MiB ranges it was 7–8 MB, in about the same time.
 */
export async function* textChunks(file: Blob, signal?: AbortSignal, turn: () => Promise<void> | void = turnTaker()): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const stopIfCancelled = () => {
    if (signal?.aborted) throw new DOMException('cancelled', 'AbortError');
  };
  try {
    for (let start = 0; start < file.size; start += READ) {
      await turn();
      stopIfCancelled();
      const value = new Uint8Array(await file.slice(start, start + READ).arrayBuffer());
      // Handed on a slice at a time, each parsed in its own step.
      for (let at = 0; at < value.length; at += SLICE) {
        if (at) {
          await turn();
          stopIfCancelled();
        }
        yield decoder.decode(value.subarray(at, at + SLICE), { stream: true });
      }
    }
    yield decoder.decode();
  } catch (e) {
    if (e instanceof TypeError) throw new ImportError('encoding');
    throw e;
  }
}
