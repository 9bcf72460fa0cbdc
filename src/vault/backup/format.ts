// The backup file format (docs/FORMAT.md has it byte by byte): the fixed prefix, the clear
// header, fixed-size frames sealed under a random backup key, and the items inside them.
// v2 differs from v1 only in its sealed chunks: they are the vault's v2 chunks (padded last
// chunk, AD "daybook/v2/b/..."), where v1 carried v1 chunks. Readers take both.
import { VaultError } from '../errors';
import { kdfInBounds } from '../format';

export const BACKUP_MAGIC = Uint8Array.of(0x89, 0x4e, 0x42, 0x4b, 0x0d, 0x0a, 0x1a, 0x0a);
export const BACKUP_VERSION = 2;
/** The oldest backup version this build can read. */
export const MIN_BACKUP_VERSION = 1;
export const PREFIX_BYTES = 16;
export const MAX_HEADER_BYTES = 16 * 1024;
export const FRAME_PLAIN_BYTES = 1024 * 1024;
export const FRAME_HEAD_BYTES = 4 + 1 + 24;
export const FINAL_PLAIN_BYTES = 256;
export const CHECK_BYTES = 16;
export const FRAME = { data: 1, final: 2 } as const;
export const ITEM = { meta: 1, blob: 2, chunk: 3, record: 4, end: 5, sealed: 6 } as const;
export const ITEM_HEAD_BYTES = 5;
/** No single item may claim more than this (a record, or one attachment chunk). */
export const MAX_ITEM_BYTES = 64 * 1024 * 1024;
/** Files above this are refused before anything is read: 4 GiB. */
export const MAX_BACKUP_BYTES = 4 * 1024 ** 3;
export const SUBKEY_CONTEXT = 'nbkframe';

export interface BackupHeader {
  id: string;
  kdf: { alg: 'argon2id13'; ops: number; mem: number; salt: string };
  nonce: string;
  key: string;
}

export interface BackupMeta { createdAt: number; records: number; blobs: number; bytes: number }
export interface BackupCounts { records: number; blobs: number; chunks: number; bytes: number }

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export function encodePrefix(headerLength: number, version = BACKUP_VERSION): Uint8Array {
  const out = new Uint8Array(PREFIX_BYTES);
  out.set(BACKUP_MAGIC, 0);
  const view = new DataView(out.buffer);
  view.setUint16(8, version);
  view.setUint16(10, 0);
  view.setUint32(12, headerLength);
  return out;
}

/** Reads the fixed prefix; `size` is the whole file's size (to tell truncation from foreign). */
export function parsePrefix(bytes: Uint8Array, size: number): { version: number; headerLength: number } {
  const magicSeen = Math.min(bytes.length, BACKUP_MAGIC.length);
  for (let i = 0; i < magicSeen; i++) if (bytes[i] !== BACKUP_MAGIC[i]) throw new VaultError('backup-foreign');
  if (size === 0) throw new VaultError('backup-foreign');
  if (bytes.length < PREFIX_BYTES) throw new VaultError('backup-truncated');
  const view = new DataView(bytes.buffer, bytes.byteOffset, PREFIX_BYTES);
  const version = view.getUint16(8);
  if (version > BACKUP_VERSION) throw new VaultError('backup-too-new');
  if (version < MIN_BACKUP_VERSION) throw new VaultError('backup-too-old');
  const headerLength = view.getUint32(12);
  if (view.getUint16(10) !== 0 || headerLength === 0 || headerLength > MAX_HEADER_BYTES) throw new VaultError('backup-damaged');
  if (PREFIX_BYTES + headerLength > size) throw new VaultError('backup-truncated');
  return { version, headerLength };
}

export function encodeHeader(header: BackupHeader): Uint8Array {
  return encoder.encode(JSON.stringify(header));
}

const B64 = /^[A-Za-z0-9_-]+$/;

/** Parses and sanity-checks the clear header (a crafted one must not make us allocate gigabytes). */
export function parseHeader(bytes: Uint8Array): BackupHeader {
  let value: BackupHeader;
  try {
    value = JSON.parse(decoder.decode(bytes)) as BackupHeader;
  } catch {
    throw new VaultError('backup-damaged');
  }
  const kdf = value?.kdf;
  const ok = typeof value.id === 'string' && B64.test(value.id) && typeof value.nonce === 'string' && B64.test(value.nonce)
    && typeof value.key === 'string' && B64.test(value.key) && kdf?.alg === 'argon2id13'
    && typeof kdf.salt === 'string' && B64.test(kdf.salt) && kdfInBounds(kdf);
  if (!ok) throw new VaultError('backup-damaged');
  return value;
}

function join(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const PREFIX_AD = (version: number) => encodePrefix(0, version).subarray(0, 10);

export function keyAD(version: number, backupId: Uint8Array): Uint8Array {
  return join(PREFIX_AD(version), backupId, encoder.encode('key'));
}

export function frameAD(version: number, backupId: Uint8Array, index: number, kind: number): Uint8Array {
  const tail = new Uint8Array(5);
  new DataView(tail.buffer).setUint32(0, index);
  tail[4] = kind;
  return join(PREFIX_AD(version), backupId, tail);
}

export function frameHead(ctLength: number, kind: number, nonce: Uint8Array): Uint8Array {
  const head = new Uint8Array(FRAME_HEAD_BYTES);
  new DataView(head.buffer).setUint32(0, ctLength);
  head[4] = kind;
  head.set(nonce, 5);
  return head;
}

export function itemHead(type: number, length: number): Uint8Array {
  const head = new Uint8Array(ITEM_HEAD_BYTES);
  head[0] = type;
  new DataView(head.buffer).setUint32(1, length);
  return head;
}

export function encodeJson(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(value));
}

export function decodeJson<T>(bytes: Uint8Array): T {
  try {
    return JSON.parse(decoder.decode(bytes)) as T;
  } catch {
    throw new VaultError('backup-damaged');
  }
}

/** The final frame's plaintext: fixed size, so it too says nothing. */
export function encodeFinal(frames: number, mac: string): Uint8Array {
  const out = new Uint8Array(FINAL_PLAIN_BYTES).fill(0x20);
  out.set(encoder.encode(JSON.stringify({ frames, mac })));
  return out;
}

/** A neutral file name: nothing about the app or the person. */
export function backupFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `notes-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.backup`;
}
