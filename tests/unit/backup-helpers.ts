// Helpers for backup tests: drive export/import sessions on a VaultCore, snapshot the raw DB.
import { VaultCore } from '../../src/vault/worker/core';
import { STORE, chunkAD, chunkId } from '../../src/vault/format';
import { randomId, seal } from '../../src/vault/worker/crypto';
import { createHash } from 'node:crypto';
import type { ImportMode, ImportReport } from '../../src/vault/backup/stage';
import type { BackupSummary } from '../../src/vault/backup/import';
import { FAST } from './vault-helpers';

export const PASS = 'correct horse battery staple';
let counter = 0;

export async function namedVault(passphrase = PASS): Promise<{ core: VaultCore; name: string }> {
  const name = `backup-${Date.now()}-${counter++}`;
  const core = new VaultCore(name);
  await core.create(passphrase, FAST);
  return { core, name };
}

export async function exportBlob(core: VaultCore, passphrase = PASS, backupPassphrase: string | null = null): Promise<Blob> {
  const { id } = await core.exportOpen(passphrase, backupPassphrase, FAST);
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (;;) {
    const chunk = await core.exportNext(id);
    parts.push(...(chunk.parts as Uint8Array<ArrayBuffer>[]));
    if (chunk.finished) return new Blob(parts);
  }
}

/** `local`: the importing vault's own passphrase, asked again (null: a new, empty vault). */
export async function verifyOnly(core: VaultCore, file: Blob, passphrase = PASS, local: string | null = PASS): Promise<BackupSummary> {
  const { id } = await core.importOpen(file, passphrase, local);
  try {
    for (;;) {
      const step = await core.importVerify(id);
      if (step.summary) return step.summary;
    }
  } finally {
    await core.importClose(id);
  }
}

export async function importBlob(core: VaultCore, file: Blob, mode: ImportMode, passphrase = PASS, local: string | null = PASS): Promise<ImportReport> {
  const { id } = await core.importOpen(file, passphrase, local);
  try {
    while (!(await core.importVerify(id)).summary) { /* verifying */ }
    for (;;) {
      const step = await core.importApply(id, mode);
      if (step.report) return step.report;
    }
  } finally {
    await core.importClose(id);
  }
}

/** Every row of every store, bytes included: "unchanged" means equal to this. */
/** Everything stored but the attempt log (a wrong passphrase is meant to add to it). */
export async function snapshot(core: VaultCore): Promise<string> {
  const db = core.rawDb();
  const dump = async (store: 'h' | 'r' | 'b') => JSON.stringify((await db.getAll(store)).filter((row: { id: string }) => row.id !== 'log'), (_k, v) =>
    v instanceof Uint8Array ? Buffer.from(v).toString('base64') : v);
  return [await dump(STORE.header), await dump(STORE.records), await dump(STORE.chunks)].join('\n');
}

export function pattern(size: number, seed: number): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

export async function addBlob(core: VaultCore, bytes: Uint8Array, type = 'image/jpeg', name = 'photo.jpg') {
  const id = core.blobBegin(type, name);
  const size = 256 * 1024;
  for (let offset = 0; ; offset += size) {
    const end = Math.min(offset + size, bytes.length);
    const info = await core.blobWrite(id, bytes.slice(offset, end), end >= bytes.length);
    if (info) return info;
  }
}

/** An attachment as the oldest v1 code stored it: 256 KiB v1 chunks under the vault key (no key of its own). */
export async function addLegacyBlob(core: VaultCore, bytes: Uint8Array) {
  const id = randomId();
  const size = 256 * 1024;
  const chunks = Math.max(1, Math.ceil(bytes.length / size));
  for (let i = 0; i < chunks; i++) {
    const { nonce, ct } = seal(bytes.slice(i * size, (i + 1) * size), chunkAD(1, id, i, i === chunks - 1), core.vaultKey());
    await core.rawDb().put(STORE.chunks, { id: chunkId(id, i), v: 1, nonce, ct });
  }
  const info = { id, type: 'image/jpeg', name: 'old.jpg', size: bytes.length, chunks, sha256: createHash('sha256').update(bytes).digest('hex'), addedAt: 1 };
  await core.write({ puts: [{ kind: '_blob', id, data: info }] });
  return info;
}

export async function readBlob(core: VaultCore, id: string): Promise<Uint8Array> {
  const info = core.blobInfo(id)!;
  const parts: Uint8Array[] = [];
  for (let i = 0; i < info.chunks; i++) parts.push(await core.blobChunk(id, i));
  return new Uint8Array(Buffer.concat(parts));
}

export async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** Everything a person would see, by kind, for comparing two vaults (attachment records
 *  without their chunk count: a restore stores the same bytes in bigger chunks). */
export function contents(core: VaultCore, kinds: string[]): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const kind of kinds) {
    out[kind] = core.records.list(kind).map((i) => JSON.stringify(kind === '_blob' ? { ...i, value: { ...(i.value as object), chunks: 0 } } : i)).sort();
  }
  return out;
}
