// Files shared into the app from another one (issue 25, the manifest's share_target), kept sealed:
// while locked nothing readable is written. Each file gets a random key; its chunks are encrypted
// under it, and the key with the file's name and size is sealed at once to the vault's public key
// (the header's box, as failed attempts and contacts logged while locked are). Only a real unlock
// opens them, to be imported or discarded. All of a file is written in one transaction.
import { boxOpen, boxSeal, fromBase64, open, randomBytes, randomId, seal, toBase64, wipe } from './crypto';
import {
  CHUNK_BYTES, HEADER_ID, SHARED_PREFIX, STORE, headerFieldAD, pad, sharedChunkAD, unpaddedLength,
  type SharedChunk, type SharedMeta, type VaultHeader,
} from '../format';
import { VaultError } from '../errors';
import { readHeader } from './header';
import type { Db } from './db';
import type { VaultState } from './state';

/** What the page is told of a file waiting (after a real unlock). */
export interface SharedInfo { id: string; name: string; type: string; size: number; at: number; chunks: number }

/** Files waiting at most, and the largest one: someone holding the locked phone cannot fill the storage. */
export const MAX_SHARED = 20;
export const MAX_SHARED_BYTES = 200 * 1024 * 1024;
/** Every description has this size before sealing, whatever its name. */
const META_PLAIN = 1024;
const KEY_BYTES = 32;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

const metaRange = () => IDBKeyRange.bound(SHARED_PREFIX, `${SHARED_PREFIX}\uffff`);
const fileRange = (fileId: string) => IDBKeyRange.bound(`${SHARED_PREFIX}${fileId}`, `${SHARED_PREFIX}${fileId}\uffff`);
const chunkRowId = (fileId: string, n: number) => `${SHARED_PREFIX}${fileId}.${n.toString().padStart(6, '0')}`;
/** A description row's id has one dot (the prefix's); a chunk's has two. */
const isMeta = (id: string) => id.startsWith(SHARED_PREFIX) && !id.slice(SHARED_PREFIX.length).includes('.');

interface Session { fileId: string; key: Uint8Array; name: string; type: string; size: number; received: number; rows: SharedChunk[] }

function cleanName(raw: unknown): string {
  // eslint-disable-next-line no-control-regex
  const name = typeof raw === 'string' ? raw.replace(/[\u0000-\u001f\u007f]/g, '').trim() : '';
  return [...(name || 'shared')].slice(0, 200).join('');
}

/** Sealing sessions, one per file the page is handing over (chunk by chunk). Work while locked. */
export class SharedSealer {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly db: () => Db, private readonly now: () => number) {}

  async begin(name: unknown, type: unknown, size: unknown): Promise<string> {
    if (!Number.isInteger(size) || (size as number) < 0 || (size as number) > MAX_SHARED_BYTES) throw new VaultError('quota');
    const keys = await this.db().getAllKeys(STORE.header, metaRange());
    if (keys.filter((k) => isMeta(String(k))).length + this.sessions.size >= MAX_SHARED) throw new VaultError('quota');
    const id = randomId();
    const cleanType = typeof type === 'string' && /^[\w.+-]+\/[\w.+-]+$/.test(type) ? type : 'application/octet-stream';
    this.sessions.set(id, { fileId: randomId(), key: randomBytes(KEY_BYTES), name: cleanName(name), type: cleanType, size: size as number, received: 0, rows: [] });
    return id;
  }

  /** One chunk (at most CHUNK_BYTES); the last writes the whole file at once. */
  async write(sessionId: string, bytes: Uint8Array, last: boolean): Promise<void> {
    const s = this.sessions.get(sessionId);
    if (!s || !(bytes instanceof Uint8Array) || bytes.length > CHUNK_BYTES) throw new VaultError('corrupt', 'bad share chunk');
    s.received += bytes.length;
    if (s.received > s.size || (last && s.received !== s.size)) {
      this.abort(sessionId);
      throw new VaultError('corrupt', 'share size');
    }
    const n = s.rows.length;
    // Every chunk but the last is whole; the last is padded like an attachment's.
    const plain = last ? pad(bytes, CHUNK_BYTES + 1024) : bytes;
    const { nonce, ct } = seal(plain, sharedChunkAD(s.fileId, n, last), s.key);
    if (plain !== bytes) wipe(plain);
    wipe(bytes);
    s.rows.push({ id: chunkRowId(s.fileId, n), nonce, ct });
    if (!last) return;
    this.sessions.delete(sessionId);
    try {
      await this.store(s);
    } finally {
      wipe(s.key);
    }
  }

  abort(sessionId: string): void {
    const s = this.sessions.get(sessionId);
    if (s) wipe(s.key);
    this.sessions.delete(sessionId);
  }

  private async store(s: Session): Promise<void> {
    const header = (await this.db().get(STORE.header, HEADER_ID)) as VaultHeader | undefined;
    const pk = header?.box?.pk;
    if (!(pk instanceof Uint8Array) || pk.length !== 32) throw new VaultError('unsupported');
    const json = encoder.encode(JSON.stringify({ name: s.name, type: s.type, size: s.size, at: this.now(), chunks: s.rows.length, key: toBase64(s.key) }));
    if (json.length >= META_PLAIN) throw new VaultError('corrupt', 'too long');
    const plain = new Uint8Array(META_PLAIN);
    plain.set(json);
    plain[json.length] = 0x80;
    const meta: SharedMeta = { id: `${SHARED_PREFIX}${s.fileId}`, box: boxSeal(plain, pk) };
    wipe(plain);
    wipe(json);
    const tx = this.db().transaction(STORE.header, 'readwrite', { durability: 'strict' });
    await Promise.all([...s.rows.map((row) => tx.store.put(row)), tx.store.put(meta), tx.done]);
  }
}

/** The header's secret box key, opened with the vault key; the caller wipes it. */
function secretKey(header: VaultHeader, vaultKey: Uint8Array): Uint8Array | null {
  return header.box ? open({ nonce: header.box.nonce, ct: header.box.sk }, headerFieldAD(header.v, 'box'), vaultKey) : null;
}

interface Opened extends SharedInfo { key: Uint8Array }

function openMeta(row: SharedMeta, pk: Uint8Array, sk: Uint8Array): Opened | null {
  if (!(row.box instanceof Uint8Array)) return null;
  const plain = boxOpen(row.box, pk, sk);
  const length = plain ? unpaddedLength(plain) : -1;
  if (!plain || length < 0) return null;
  try {
    const m = JSON.parse(decoder.decode(plain.subarray(0, length))) as Record<string, unknown>;
    wipe(plain);
    const ok = typeof m.name === 'string' && typeof m.type === 'string' && Number.isInteger(m.size) && Number.isInteger(m.chunks)
      && typeof m.at === 'number' && typeof m.key === 'string';
    if (!ok) return null;
    const key = fromBase64(m.key as string);
    if (key.length !== KEY_BYTES) return null;
    return { id: row.id.slice(SHARED_PREFIX.length), name: m.name as string, type: m.type as string, size: m.size as number, chunks: m.chunks as number, at: m.at as number, key };
  } catch {
    return null;
  }
}

async function openAll(state: VaultState): Promise<Opened[]> {
  const key = state.vaultKey();
  if (state.mode !== 'real') return [];
  const rows = (await state.database().getAll(STORE.header, metaRange())).filter((r) => isMeta(r.id)) as SharedMeta[];
  if (!rows.length) return [];
  const header = await readHeader(state);
  const sk = header.box ? secretKey(header, key) : null;
  if (!sk || !header.box) return [];
  const out = rows.map((row) => openMeta(row, header.box!.pk, sk)).filter((x): x is Opened => x !== null);
  wipe(sk);
  return out;
}

/** The files waiting, oldest first; real unlocks only (the decoy shows none and leaves them waiting). */
export async function sharedFiles(state: VaultState): Promise<SharedInfo[]> {
  return (await openAll(state)).map(({ key, ...info }) => {
    wipe(key);
    return info;
  }).sort((a, b) => a.at - b.at);
}

/** One chunk of a waiting file, decrypted (the last without its padding). */
export async function sharedChunk(state: VaultState, fileId: string, n: number): Promise<Uint8Array> {
  const all = await openAll(state);
  const file = all.find((f) => f.id === fileId);
  for (const f of all) if (f !== file) wipe(f.key);
  if (!file || !Number.isInteger(n) || n < 0 || n >= file.chunks) throw new VaultError('not-found');
  try {
    const row = (await state.database().get(STORE.header, chunkRowId(fileId, n))) as SharedChunk | undefined;
    const last = n === file.chunks - 1;
    const plain = row ? open({ nonce: row.nonce, ct: row.ct }, sharedChunkAD(fileId, n, last), file.key) : null;
    if (!plain) throw new VaultError('corrupt', 'shared chunk');
    if (!last) return plain;
    const length = unpaddedLength(plain);
    if (length < 0) throw new VaultError('corrupt', 'shared padding');
    return plain.slice(0, length);
  } finally {
    wipe(file.key);
  }
}

/** Removes files (imported, or declined) with all their chunks; real unlocks only. */
export async function dropShared(state: VaultState, ids: string[]): Promise<void> {
  state.vaultKey();
  if (state.mode !== 'real') return;
  const tx = state.database().transaction(STORE.header, 'readwrite', { durability: 'strict' });
  const valid = ids.filter((id) => typeof id === 'string' && /^[\w-]+$/.test(id));
  await Promise.all([...valid.map((id) => tx.store.delete(fileRange(id))), tx.done]);
}

/**
 * A passphrase change gives the vault a new key pair: each description is sealed again to its
 * public half (the chunks, under the file's own key, stay as they are). Run inside the change's
 * transaction on the rows it read there. A description that does not open is kept as it is.
 */
export function resealShared(rows: unknown[], header: VaultHeader, oldKey: Uint8Array, newPk: Uint8Array): SharedMeta[] {
  const metas = (rows as SharedMeta[]).filter((r) => typeof r?.id === 'string' && isMeta(r.id) && r.box instanceof Uint8Array);
  if (!metas.length || !header.box) return [];
  const sk = secretKey(header, oldKey);
  if (!sk) return [];
  const out = metas.map((row) => {
    const plain = boxOpen(row.box, header.box!.pk, sk);
    if (!plain) return row;
    const box = boxSeal(plain, newPk);
    wipe(plain);
    return { id: row.id, box };
  });
  wipe(sk);
  return out;
}

/** The description rows alone (not the chunks: a change of passphrase need not read them). */
export async function sharedMetas(store: { getAllKeys(range: IDBKeyRange): Promise<IDBValidKey[]>; get(key: string): Promise<unknown> }): Promise<unknown[]> {
  const keys = (await store.getAllKeys(metaRange())).map(String).filter(isMeta);
  return Promise.all(keys.map((k) => store.get(k)));
}
