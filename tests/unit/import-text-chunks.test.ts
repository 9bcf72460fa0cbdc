// Reading an export's text for the streamed parse (features/import/text-chunks.ts): a slice at a
// time, whole and in order whatever falls on a slice's edge, asking for a turn of the event loop
// before each slice, and stopping at a cancel.
import { describe, expect, it } from 'vitest';
import { READ, SLICE, textChunks } from '../../src/features/import/text-chunks';
import { ImportError } from '../../src/features/import/model';
import { turnTaker } from '../../src/lib/macrotask';

async function read(blob: Blob, signal?: AbortSignal, turn?: () => void): Promise<string[]> {
  const out: string[] = [];
  for await (const chunk of textChunks(blob, signal, turn ?? (() => undefined))) out.push(chunk);
  return out;
}

describe('an export read for the streamed parse', () => {
  it('comes in slices, whole, a character cut by a slice edge decoded once', async () => {
    // The knife's four bytes start two before the first edge, the heart's six bytes straddle the second.
    const text = `${'a'.repeat(SLICE - 2)}🔪${'b'.repeat(SLICE - 6)}❤️ said "I know where you live"`;
    const bytes = new TextEncoder().encode(text);
    expect(bytes.length).toBeGreaterThan(2 * SLICE);
    const chunks = await read(new Blob([bytes]));
    expect(chunks.join('')).toBe(text);
    expect(chunks.join('')).not.toContain('\uFFFD');
    expect(chunks.filter((c) => c.length).length).toBeGreaterThanOrEqual(3);
    for (const chunk of chunks) expect(new TextEncoder().encode(chunk).length).toBeLessThanOrEqual(SLICE + 4);
  });

  it('reads the file a range at a time, never as one stream or one buffer', async () => {
    const bytes = new Uint8Array(3 * READ + 5).fill(0x62);
    const ranges: number[] = [];
    // A file that tells which ranges were asked of it, and refuses to be streamed whole.
    class Watched extends Blob {
      override slice(start?: number, end?: number, type?: string): Blob {
        const part = super.slice(start, end, type);
        ranges.push(part.size);
        return part;
      }
      override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
        throw new Error('streamed whole');
      }
    }
    const chunks = await read(new Watched([bytes]));
    expect(chunks.join('')).toHaveLength(3 * READ + 5);
    expect(ranges).toEqual([READ, READ, READ, 5]);
  });

  it('asks for a turn before every slice', async () => {
    let turns = 0;
    const chunks = await read(new Blob([new Uint8Array(5 * SLICE + 10).fill(0x61)]), undefined, () => void turns++);
    expect(chunks.join('')).toHaveLength(5 * SLICE + 10);
    expect(turns).toBeGreaterThanOrEqual(6);
  });

  it('stops at the next turn once cancelled', async () => {
    const cancel = new AbortController();
    let turns = 0;
    const reading = read(new Blob([new Uint8Array(8 * SLICE).fill(0x61)]), cancel.signal, () => {
      if (++turns === 3) cancel.abort();
    });
    // The first slices went by; the cancel is seen when the next chunk of the file is asked for.
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('says a file that is not UTF-8 is in the wrong encoding', async () => {
    const latin1 = new Uint8Array([0x3c, 0x73, 0x6d, 0x73, 0x20, 0x62, 0x6f, 0x64, 0x79, 0x3d, 0x22, 0xe9, 0x74, 0xe9, 0x22, 0x3e]);
    await expect(read(new Blob([latin1]))).rejects.toBeInstanceOf(ImportError);
  });
});

describe('giving up a turn now and then', () => {
  it('goes on at once within its budget, then yields a macrotask and starts the budget again', async () => {
    let clock = 1000;
    const turn = turnTaker(40, () => clock);
    expect(turn()).toBeUndefined();
    clock += 39;
    expect(turn()).toBeUndefined();
    clock += 1;
    const yielded = turn();
    expect(yielded).toBeInstanceOf(Promise);
    clock += 5;
    await yielded;
    // The budget starts again from when the turn came back.
    clock += 39;
    expect(turn()).toBeUndefined();
    clock += 1;
    expect(turn()).toBeInstanceOf(Promise);
  });
});
