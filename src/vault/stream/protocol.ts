// What the page and the service worker say to each other when a video or recording plays
// straight from the vault: the address, the messages, and the byte-range arithmetic (pure).
import { CHUNK_BYTES } from '../format';

/** Attachments are played from `<scope>files/<token>`: a random token, known only to the page that lent it. */
export const STREAM_PATH = 'files/';
/** The service worker's answer to "can you stream?": an older worker, without this route, does not answer. */
export const STREAM_PING = 'daybook-stream-ping';
/** Service worker → page, with a port: "which attachment is this token, and may I read it?". */
export const STREAM_ASK = 'daybook-stream-ask';

export type LenderReply =
  | { kind: 'head'; size: number; type: string }
  | { kind: 'chunk'; index: number; bytes: Uint8Array<ArrayBuffer> }
  | { kind: 'gone' };
export type WorkerAsk = { kind: 'chunk'; index: number } | { kind: 'done' };

/** The shape of a token (lib/random-id's): anything else under STREAM_PATH is not ours. */
export const TOKEN = /^[A-Za-z0-9_-]{22}$/;

/** Inclusive byte range of a response; `partial` when it answers a Range request (206). */
export interface ByteSpan { start: number; end: number; partial: boolean }

/**
 * A `Range` header (one range of bytes, as media elements send: `bytes=0-`, `bytes=500-999`,
 * `bytes=-500`) against a file of `size` bytes. No header, or one we do not read: the whole file.
 * null: unsatisfiable (416).
 */
export function byteSpan(header: string | null, size: number): ByteSpan | null {
  const whole: ByteSpan = { start: 0, end: size - 1, partial: false };
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (!match[1] && !match[2])) return whole;
  if (!match[1]) {
    const suffix = Number(match[2]);
    if (suffix === 0 || size === 0) return null;
    return { start: Math.max(0, size - suffix), end: size - 1, partial: true };
  }
  const start = Number(match[1]);
  const end = match[2] ? Math.min(Number(match[2]), size - 1) : size - 1;
  if (start >= size || end < start) return null;
  return { start, end, partial: true };
}

/** Where byte `offset` lives: its chunk and the place in it (every chunk but the last is full). */
export const chunkAt = (offset: number) => ({ index: Math.floor(offset / CHUNK_BYTES), within: offset % CHUNK_BYTES });

/** The length chunk `index` must have in a file of `size` bytes (a check on what the vault returns). */
export function chunkLength(index: number, size: number): number {
  return Math.max(0, Math.min(CHUNK_BYTES, size - index * CHUNK_BYTES));
}
