// Export and import sessions inside the worker. The page drives them one step at a time
// (a few MiB each), which gives it progress and keeps memory to a few frames.
import { open, randomId, wipe } from './crypto';
import { blobKey, chunkIntact, readSealedChunks } from './blobs';
import { VaultError, storageError } from './errors';
import { BLOB_KIND, STORE, chunkAD, type SealedRecord, type StoredBlobInfo } from './format';
import { encodeBackup, exportTotal, type ExportSource } from './backup-writer';
import { ImportSession, type ImportStep } from './backup-import';
import { discardStaging, type ImportMode } from './backup-stage';
import type { KdfSettings, VaultCore } from './core';

export interface ExportChunk { bytes: Uint8Array; done: number; total: number; finished: boolean }
export interface BackupStatus { lastBackupAt: number | null }

export const STATUS_KIND = '_backup';
const STATUS_ID = 'backup-status';
const PIECE_BYTES = 4 * 1024 * 1024;
const READ_AHEAD = 8;

interface ExportState { pieces: AsyncGenerator<{ piece: Uint8Array; done: number }>; total: number }

function concat(parts: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export class BackupSessions {
  private exports = new Map<string, ExportState>();
  private imports = new Map<string, ImportSession>();

  constructor(private readonly core: VaultCore) {}

  /** The current passphrase is asked again: whoever holds the unlocked phone cannot take a copy. */
  async exportOpen(passphrase: string, backupPassphrase: string | null, kdf?: KdfSettings): Promise<{ id: string; total: number }> {
    const match = await this.core.confirmPassphrase(passphrase);
    wipe(match.kek);
    wipe(match.key);
    const core = this.core;
    const db = core.database();
    const vaultKey = core.vaultKey();
    const entries = [...core.entries()];
    // Chunks are fetched a few at a time, one transaction each, and the next few load while
    // these are handled: far fewer round trips, and reads overlap with crypto.
    const ranges = new Map<string, Promise<SealedRecord[]>>();
    const fetchRange = (info: StoredBlobInfo, from: number) => {
      const id = `${info.id}/${from}`;
      let range = ranges.get(id);
      if (!range) {
        range = readSealedChunks(db, info, from, READ_AHEAD);
        range.catch(() => undefined); // reported when awaited
        ranges.set(id, range);
      }
      return range;
    };
    const keys = new Map<string, Uint8Array>();
    async function row(info: StoredBlobInfo, index: number): Promise<{ sealed: SealedRecord; key: Uint8Array }> {
      const from = index - (index % READ_AHEAD);
      try {
        const rows = await fetchRange(info, from);
        if (index === from && from + READ_AHEAD < info.chunks) void fetchRange(info, from + READ_AHEAD);
        if (index === from + rows.length - 1) ranges.delete(`${info.id}/${from}`);
        let key = keys.get(info.id);
        if (!key) keys.set(info.id, (key = blobKey(info, vaultKey)));
        return { sealed: rows[index - from]!, key };
      } catch {
        // Deleted while we were writing (or damaged): say so rather than write a broken backup.
        throw new VaultError('changed', info.id);
      }
    }
    const last = (info: StoredBlobInfo, index: number) => index === info.chunks - 1;
    const source: ExportSource = {
      records: entries,
      blobs: entries.filter(([, e]) => e.k === BLOB_KIND).map(([, e]) => e.d as StoredBlobInfo),
      async readChunk(info, index) {
        const { sealed, key } = await row(info, index);
        const plain = open(sealed, chunkAD(sealed.v, info.id, index, last(info, index)), key);
        if (!plain) throw new VaultError('changed', info.id);
        return plain;
      },
      async readSealed(info, index) {
        const { sealed, key } = await row(info, index);
        // A damaged chunk would make the whole backup refuse to import: stop here instead.
        if (!chunkIntact(sealed, key, info.id, index, last(info, index))) throw new VaultError('changed', info.id);
        return sealed;
      },
    };
    const params = kdf ?? (await core.kdfParams());
    const id = randomId();
    this.exports.set(id, { pieces: encodeBackup(source, backupPassphrase ?? passphrase, params), total: exportTotal(source) });
    return { id, total: exportTotal(source) };
  }

  async exportNext(id: string): Promise<ExportChunk> {
    const state = this.exports.get(id);
    if (!state) throw new VaultError('not-found');
    const parts: Uint8Array[] = [];
    let length = 0;
    let done = 0;
    try {
      while (length < PIECE_BYTES) {
        const next = await state.pieces.next();
        if (next.done) {
          this.exports.delete(id);
          await this.markBackedUp();
          return { bytes: concat(parts, length), done: state.total, total: state.total, finished: true };
        }
        parts.push(next.value.piece);
        length += next.value.piece.length;
        done = next.value.done;
      }
    } catch (error) {
      this.exports.delete(id);
      throw error;
    }
    return { bytes: concat(parts, length), done, total: state.total, finished: false };
  }

  async exportClose(id: string): Promise<void> {
    const state = this.exports.get(id);
    this.exports.delete(id);
    await state?.pieces.return(undefined).catch(() => undefined);
  }

  private async markBackedUp(): Promise<void> {
    await this.core.put(STATUS_KIND, STATUS_ID, { lastBackupAt: Date.now() });
  }

  status(): BackupStatus {
    const value = this.core.get(STATUS_KIND, STATUS_ID) as BackupStatus | undefined;
    return { lastBackupAt: typeof value?.lastBackupAt === 'number' ? value.lastBackupAt : null };
  }

  async importOpen(file: Blob, passphrase: string, maxBytes?: number): Promise<{ id: string; size: number }> {
    this.core.vaultKey();
    const session = await ImportSession.open(file, passphrase, maxBytes);
    const id = randomId();
    this.imports.set(id, session);
    return { id, size: file.size };
  }

  importVerify(id: string): Promise<ImportStep> {
    return this.session(id).verify();
  }

  async importApply(id: string, mode: ImportMode): Promise<ImportStep> {
    const core = this.core;
    const step = await this.session(id).apply(mode, async () => {
      const db = core.database();
      // Leftovers of an earlier import cut short go first, so the commit moves only ours.
      await discardStaging(db, []);
      const existing = new Set((await db.getAllKeys(STORE.records)) as string[]);
      return { db, key: core.vaultKey(), live: core.entries(), existing, physicalId: (rid: string) => core.physicalId(rid) };
    }).catch((error: unknown) => {
      throw storageError(error);
    });
    if (step.report) {
      await core.reload();
      await this.importClose(id);
    }
    return step;
  }

  async importClose(id: string): Promise<void> {
    const session = this.imports.get(id);
    this.imports.delete(id);
    await session?.close();
  }

  private session(id: string): ImportSession {
    const session = this.imports.get(id);
    if (!session) throw new VaultError('not-found');
    return session;
  }

  /** On lock: every session ends, and an unfinished import's staging goes with it. */
  closeAll(): void {
    for (const id of [...this.exports.keys()]) void this.exportClose(id);
    for (const id of [...this.imports.keys()]) void this.importClose(id);
  }
}
