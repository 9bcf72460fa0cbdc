// An independent reader of Daybook's storage and backup formats, written from docs/FORMAT.md
// alone: it shares no code with src/ (a lint rule and tests/reader/independence.test.ts hold it
// to that), so a second reading of the spec checks the first implementation.
import sodium from 'libsodium-wrappers-sumo';
import { createHash } from 'node:crypto';

const MiB = 1024 * 1024;
const utf8 = new TextEncoder();
const text = new TextDecoder('utf-8', { fatal: true });

export type Row = { id: string; v: number; nonce: Uint8Array; ct: Uint8Array };
export interface Dump { h: Array<Record<string, unknown>>; r: Row[]; b: Row[] }
export interface Envelope { k: string; d: unknown; i?: string; n?: number }
export interface OpenedRecord { rowId: string; id: string; k: string; d: unknown; n?: number }
export interface BlobMeta { id: string; type: string; name: string; size: number; chunks: number; sha256: string; addedAt: number; key?: string; cv?: number }

/** Dumps keep bytes as { "$b64": standard base64 }. */
export function reviveDump(json: string): Dump {
  return JSON.parse(json, (_k, v: unknown) => (v && typeof v === 'object' && '$b64' in v ? new Uint8Array(Buffer.from((v as { $b64: string }).$b64, 'base64')) : v)) as Dump;
}

export const ready = () => sodium.ready;
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const b64url = (s: string) => new Uint8Array(Buffer.from(s, 'base64url'));

function decrypt(ct: Uint8Array, ad: Uint8Array, nonce: Uint8Array, key: Uint8Array): Uint8Array | null {
  try {
    return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, ct, ad, nonce, key);
  } catch {
    return null;
  }
}

/** ISO/IEC 7816-4: strip trailing zeros, then the 0x80 byte. */
export function unpad(bytes: Uint8Array): Uint8Array {
  let at = bytes.length - 1;
  while (at >= 0 && bytes[at] === 0) at--;
  if (at < 0 || bytes[at] !== 0x80) throw new Error('bad padding');
  return bytes.subarray(0, at);
}

/** Argon2id v1.3 over the NFC-normalised passphrase. */
function kek(passphrase: string, kdf: { ops: number; mem: number; salt: Uint8Array }): Uint8Array {
  return sodium.crypto_pwhash(32, utf8.encode(passphrase.normalize('NFC')), kdf.salt, kdf.ops, kdf.mem, sodium.crypto_pwhash_ALG_ARGON2ID13);
}

// ---- at rest (FORMAT.md §1) ----

export interface OpenedVault { version: number; slot: 0 | 1; key: Uint8Array; records: OpenedRecord[]; unopened: string[] }

/** Opens the header with a passphrase (either slot), then every record row the key opens. */
export function openVault(dump: Dump, passphrase: string): OpenedVault {
  const header = dump.h.find((row) => row.id === 'main') as { v: number; slots: Array<{ kdf: { ops: number; mem: number; salt: Uint8Array }; nonce: Uint8Array; sealed: Uint8Array }> };
  const slots = header.slots;
  const derived = kek(passphrase, slots[0]!.kdf); // both slots share kdf and salt
  for (const slot of [0, 1] as const) {
    const key = decrypt(slots[slot]!.sealed, utf8.encode(`daybook/v1/h/slot${slot}`), slots[slot]!.nonce, derived);
    if (key) return { version: header.v, slot, key, ...openRows(dump.r, key) };
  }
  throw new Error('wrong passphrase');
}

export function openRow(row: Row, key: Uint8Array): Envelope | null {
  if (row.id.startsWith('~')) return null; // import staging (§3.3)
  const plain = decrypt(row.ct, utf8.encode(`daybook/v${row.v}/r/${row.id}`), row.nonce, key);
  if (!plain) return null;
  return JSON.parse(text.decode(row.v === 1 ? plain : unpad(plain))) as Envelope;
}

function openRows(rows: Row[], key: Uint8Array): { records: OpenedRecord[]; unopened: string[] } {
  const records: OpenedRecord[] = [];
  const unopened: string[] = [];
  for (const row of rows) {
    const e = openRow(row, key);
    if (!e) unopened.push(row.id);
    else records.push({ rowId: row.id, id: e.i ?? row.id, k: e.k, d: e.d, n: e.n });
  }
  return { records, unopened };
}

// ---- the sealed index (FORMAT.md §1.4: v3 with its log; v2 without) ----

export interface IndexCheck { missing: Record<string, number>; rolledBack: Record<string, number>; unlisted: Record<string, number>; indexDamaged: boolean }
type Listed = Array<[string, string, number]>;
const INDEX_KINDS = ['_root', '_shard', '_log'];

/** FNV-1a-32 over the id's code units, mod the number of shards. */
function fnv(id: string, mod: number): number {
  let h = 0x811c9dc5;
  for (const c of id) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return h % mod;
}

/** Checks every row the real key opened against the index, as an unlock does (real passphrase, v2 or v3). */
export function checkIndex(vault: OpenedVault): IndexCheck {
  const out: IndexCheck = { missing: {}, rolledBack: {}, unlisted: {}, indexDamaged: false };
  const add = (counts: Record<string, number>, k: string) => void (counts[k] = (counts[k] ?? 0) + 1);
  const byRow = new Map(vault.records.map((r) => [r.rowId, r]));
  const roots = vault.records.filter((r) => r.k === '_root').sort((a, b) => (b.d as { counter: number }).counter - (a.d as { counter: number }).counter);
  const root = roots[0]?.d as { counter: number; shards: string[]; shardN: number[]; log?: string[]; q?: number } | undefined;
  if (!root) return { ...out, indexDamaged: true };
  const listing = new Map<string, { k: string; n: number }>();
  const shardCount = root.log ? root.shards.length : 32;
  if (root.shards.length !== shardCount) out.indexDamaged = true;
  root.shards.forEach((id, s) => {
    const row = byRow.get(id);
    const d = row?.d as { s: number; e: Listed } | undefined;
    if (!row || row.k !== '_shard' || d?.s !== s || row.n !== root.shardN[s]) out.indexDamaged = true;
    else for (const [rowId, k, n] of d.e) if (fnv(rowId, shardCount) === s) listing.set(rowId, { k, n });
  });
  if (root.log) {
    const after = new Map<number, { p: number; n: number; j: number; e: Listed; x: string[] }>();
    root.log.forEach((id, j) => {
      const row = byRow.get(id);
      const d = row?.d as { j: number; q: number; p: number; e: Listed; x: string[] } | undefined;
      if (!row || row.k !== '_log' || d?.j !== j) out.indexDamaged = true;
      else if (d.q > root.q!) after.set(d.q, { p: d.p, n: row.n ?? 0, j, e: d.e, x: d.x });
    });
    let prev = root.counter;
    for (let q = root.q! + 1; after.size; q++) {
      const next = after.get(q);
      if (!next || next.j !== q % 64 || next.p !== prev || next.n <= prev) {
        out.indexDamaged = true;
        break;
      }
      after.delete(q);
      for (const [rowId, k, n] of next.e) listing.set(rowId, { k, n });
      for (const rowId of next.x) listing.delete(rowId);
      prev = next.n;
    }
  }
  const rootId = roots[0]!.rowId;
  for (const r of vault.records) {
    if (INDEX_KINDS.includes(r.k)) {
      if (r.k === '_root' && r.rowId !== rootId) add(out.unlisted, '_root');
      continue;
    }
    const listed = listing.get(r.rowId);
    if (!listed) add(out.unlisted, r.k);
    else if ((r.n ?? 0) < listed.n) add(out.rolledBack, r.k);
    else if ((r.n ?? 0) > listed.n) out.indexDamaged = true;
  }
  for (const [rowId, e] of listing) if (!byRow.has(rowId)) add(out.missing, e.k);
  return out;
}

/** One attachment's original bytes, from its chunk rows (§1.5; v1: §1.6). */
export function readAttachment(dump: Dump, vault: OpenedVault, meta: BlobMeta): Uint8Array {
  const key = meta.key ? b64url(meta.key) : vault.key;
  const parts: Uint8Array[] = [];
  for (let j = 0; j < meta.chunks; j++) {
    const id = `${meta.id}.${String(j).padStart(6, '0')}`;
    const row = dump.b.find((r) => r.id === id);
    if (!row) throw new Error(`chunk ${id} missing`);
    const last = j === meta.chunks - 1;
    const plain = decrypt(row.ct, utf8.encode(`daybook/v${row.v}/b/${meta.id}/${j}/${last ? 'end' : 'more'}`), row.nonce, key);
    if (!plain) throw new Error(`chunk ${id} does not open`);
    parts.push(row.v === 2 && last ? unpad(plain) : plain);
  }
  return Buffer.concat(parts);
}

// ---- backups (FORMAT.md §2) ----

export interface OpenedBackup {
  version: number;
  frames: number;
  /** The final frame's MAC (hex), as read and checked. */
  mac: string;
  /** Every item's type, in order. */
  types: number[];
  meta: { createdAt: number; records: number; blobs: number; bytes: number };
  end: { records: number; blobs: number; chunks: number; bytes: number };
  records: Array<{ id: string; k: string; d: unknown }>;
  blobs: Array<{ meta: BlobMeta; bytes: Uint8Array }>;
}

const be32 = (b: Uint8Array, at: number) => new DataView(b.buffer, b.byteOffset).getUint32(at);

export function openBackup(file: Uint8Array, passphrase: string): OpenedBackup {
  const magic = [0x89, 0x4e, 0x42, 0x4b, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!magic.every((m, i) => file[i] === m)) throw new Error('foreign');
  const version = new DataView(file.buffer, file.byteOffset).getUint16(8);
  const H = be32(file, 12);
  const headerEnd = 16 + H;
  const check = sodium.crypto_generichash(16, file.subarray(0, headerEnd), null);
  if (hex(check) !== hex(file.subarray(headerEnd, headerEnd + 16))) throw new Error('check');
  const header = JSON.parse(text.decode(file.subarray(16, headerEnd))) as { id: string; kdf: { ops: number; mem: number; salt: string }; nonce: string; key: string };
  const prefix = file.subarray(0, 10);
  const id = b64url(header.id); // the raw 16 bytes, not the base64 text
  const derived = kek(passphrase, { ops: header.kdf.ops, mem: header.kdf.mem, salt: b64url(header.kdf.salt) });
  const bk = decrypt(b64url(header.key), Buffer.concat([prefix, id, utf8.encode('key')]), b64url(header.nonce), derived);
  if (!bk) throw new Error('wrong passphrase');
  const ek = sodium.crypto_kdf_derive_from_key(32, 1, 'nbkframe', bk);
  const mk = sodium.crypto_kdf_derive_from_key(32, 2, 'nbkframe', bk);
  const mac = sodium.crypto_generichash_init(mk, 32);
  sodium.crypto_generichash_update(mac, file.subarray(0, headerEnd + 16));
  const stream: Uint8Array[] = [];
  let at = headerEnd + 16;
  for (let i = 0; ; i++) {
    const ctLength = be32(file, at);
    const kind = file[at + 4]!;
    const head = file.subarray(at, at + 29);
    const ct = file.subarray(at + 29, at + 29 + ctLength);
    const tail = new Uint8Array(5);
    new DataView(tail.buffer).setUint32(0, i);
    tail[4] = kind;
    const plain = decrypt(ct, Buffer.concat([prefix, id, tail]), head.subarray(5), ek);
    if (!plain) throw new Error(`frame ${i}`);
    at += 29 + ctLength;
    if (kind === 2) {
      const final = JSON.parse(text.decode(plain).trimEnd()) as { frames: number; mac: string };
      if (final.frames !== i || final.mac !== hex(sodium.crypto_generichash_final(mac, 32))) throw new Error('mac');
      if (at !== file.length) throw new Error('bytes after the final frame');
      return { version, frames: i, mac: final.mac, ...items(Buffer.concat(stream), version) };
    }
    if (kind !== 1 || ctLength !== MiB + 16) throw new Error(`frame ${i} kind or length`);
    sodium.crypto_generichash_update(mac, head);
    sodium.crypto_generichash_update(mac, ct.subarray(ct.length - 16));
    stream.push(plain);
  }
}

type Items = Omit<OpenedBackup, 'version' | 'frames' | 'mac'>;

function items(data: Uint8Array, version: number): Items {
  const out = { records: [], blobs: [], types: [] } as unknown as Items;
  let at = 0;
  let blob: { meta: BlobMeta; parts: Uint8Array[]; key?: Uint8Array } | null = null;
  const close = () => {
    if (blob) out.blobs.push({ meta: blob.meta, bytes: Buffer.concat(blob.parts) });
    blob = null;
  };
  for (;;) {
    const type = data[at]!;
    const length = be32(data, at + 1);
    const payload = data.subarray(at + 5, at + 5 + length);
    at += 5 + length;
    out.types.push(type);
    const json = () => JSON.parse(text.decode(payload)) as never;
    if (type === 1) out.meta = json();
    else if (type === 2) {
      close();
      const meta = json() as BlobMeta;
      blob = { meta, parts: [], key: meta.key ? b64url(meta.key) : undefined };
    } else if (type === 3) blob!.parts.push(payload);
    else if (type === 6) {
      const b = blob!;
      const j = b.parts.length;
      const last = j === b.meta.chunks - 1;
      const plain = decrypt(payload.subarray(24), utf8.encode(`daybook/v${version}/b/${b.meta.id}/${j}/${last ? 'end' : 'more'}`), payload.subarray(0, 24), b.key!);
      if (!plain) throw new Error(`sealed chunk ${j}`);
      b.parts.push(version === 2 && last ? unpad(plain) : plain);
    } else if (type === 4) {
      close();
      out.records.push(json());
    } else if (type === 5) {
      close();
      out.end = json();
      if (data.subarray(at).some((x) => x !== 0)) throw new Error('not zero padding');
      return out;
    } else throw new Error(`item type ${type}`);
  }
}

// ---- the journal chain and the fingerprints (FORMAT.md §4) ----

/** Keys sorted by UTF-16 code units at every level, no spaces, undefined dropped, JSON.stringify for scalars. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonical(v))).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

interface Version { chain: number; seq: number; entryId: string; version: number; recordedAt: number; prev: string; data: unknown; hash: string }
const ZERO = '0'.repeat(64);

export function versionHash(v: Version): string {
  const { chain, seq, entryId, version, recordedAt, prev, data } = v;
  return sha256(canonical({ chain, seq, entryId, version, recordedAt, prev, data }));
}

/** Version 1: the hash of the newest link of the journal's own chain (64 zeros when empty). */
export function journalFingerprint(records: Array<{ k: string; d: unknown }>): { fingerprint: string; versions: number; intact: boolean } {
  const versions = records.filter((r) => r.k === 'journal-version').map((r) => r.d as Version);
  const intact = versions.every((v) => versionHash(v) === v.hash);
  // Chains by their genesis link; the own chain holds the newest recordedAt.
  const byHash = new Map(versions.map((v) => [v.hash, v]));
  const rootOf = (v: Version): string => {
    let at: Version | undefined = v;
    for (let guard = 0; at && guard <= versions.length; guard++) {
      if (at.prev === ZERO) return at.hash;
      at = byHash.get(at.prev);
    }
    return '';
  };
  const chains = new Map<string, Version[]>();
  for (const v of versions) chains.set(rootOf(v), [...(chains.get(rootOf(v)) ?? []), v]);
  const newest = (list: Version[]) => Math.max(...list.map((v) => v.recordedAt));
  const rooted = [...chains].filter(([root]) => root).map(([, list]) => list);
  rooted.sort((a, b) => newest(b) - newest(a) || b.length - a.length);
  const own = [...(rooted[0] ?? []), ...(chains.get('') ?? [])].sort((a, b) => a.seq - b.seq);
  const head = own.at(-1);
  return { fingerprint: head?.hash ?? ZERO, versions: head ? head.seq + 1 : 0, intact };
}

/** Version 2: "2-" + SHA-256 of the canonical JSON of the journal head, the digests of letters, plan and person, and every attachment's SHA-256. */
export function recordFingerprint(records: Array<{ k: string; d: unknown }>): string {
  const digests = (kind: string) => records.filter((r) => r.k === kind).map((r) => sha256(canonical(r.d))).sort();
  const attachments = records.filter((r) => r.k === '_blob').map((r) => (r.d as BlobMeta).sha256).sort();
  const body = { v: 2, journal: journalFingerprint(records).fingerprint, letters: digests('letter'), plan: digests('plan'), person: digests('journal-person'), attachments };
  return `2-${sha256(canonical(body))}`;
}
