// A file's text streamed a slice at a time (an SMS backup of hundreds of MB is never one string),
// giving up a turn of the event loop now and then so the page stays answerable while it is parsed.
import { turnTaker } from '../../lib/macrotask';
import { ImportError } from './model';

/** Bytes decoded and handed on at a time. */
export const SLICE = 64 * 1024;

/**
 * The file's text a slice at a time. Before each it asks `turn` for a turn of the event loop, which
 * turnTaker gives up every 40 ms of work: a blob's reads resolve from what is already buffered, so
 * without it parsing a 54 MB backup was one 1.3 s task (bench `import`, readLongTasksMs), in which
 * the progress never showed, Cancel could not be pressed, and Quick exit did not answer.
 */
export async function* textChunks(file: Blob, signal?: AbortSignal, turn: () => Promise<void> | void = turnTaker()): AsyncGenerator<string> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for (;;) {
      await turn();
      if (signal?.aborted) throw new DOMException('cancelled', 'AbortError');
      const { done, value } = await reader.read();
      if (done) break;
      // A blob's chunk can be a MiB or more: handed on a slice at a time, each parsed in its own step.
      for (let at = 0; at < value.length; at += SLICE) {
        if (at) await turn();
        yield decoder.decode(value.subarray(at, at + SLICE), { stream: true });
      }
    }
    yield decoder.decode();
  } catch (e) {
    if (e instanceof TypeError) throw new ImportError('encoding');
    throw e;
  } finally {
    reader.releaseLock();
  }
}
