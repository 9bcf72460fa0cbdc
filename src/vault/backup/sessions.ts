// Export and import sessions inside the worker. The page drives them one step at a time
// (a few MiB each), or has the worker write the whole export into a file on disk (the OPFS
// copy), which gives it progress and keeps memory to a few dozen MiB, whatever the size of
// the vault.
import { randomId, wipe } from '../worker/crypto';
import { VaultError, storageError } from '../errors';
import { BLOB_KIND, STORE } from '../format';
import { encodeBackup, exportTotal } from './writer';
import { exportSource } from './source';
import { ImportSession, type ImportStep } from './import';
import { discardStaging, type ImportMode } from './stage';
import { closeQuietly, opfsCopies, type CopyStore } from './copy';
import { confirmPassphrase, kdfSettings } from '../worker/header';
import { reload } from '../worker/reload';
import { write } from '../worker/write';
import type { VaultState } from '../worker/state';
import type { KdfSettings, Progress } from '../worker/types';
import { fileCheck } from '../worker/files';
import type { DamagedFile } from '../worker/filecheck';

/** One step of the file: its pieces in order (moved to the page, not copied or joined). */
export interface ExportChunk { parts: Uint8Array[]; done: number; total: number; finished: boolean }
export interface BackupStatus { lastBackupAt: number | null }
export type ExportToFile = { written: true; size: number } | { written: false; restart: boolean };

export const STATUS_KIND = '_backup';
const STEP_BYTES = 8 * 1024 * 1024;

interface ExportState { pieces: AsyncGenerator<{ piece: Uint8Array; done: number }>; total: number; close(): void }

export class BackupSessions {
  private exports = new Map<string, ExportState>();
  private imports = new Map<string, ImportSession>();

  /** Tests only: how much sealed record data an import may hold in memory for its commit. */
  holdBytes?: number;
  /** Where exportToFile writes (tests put a stand-in here). */
  copies: CopyStore = opfsCopies;

  /** `core`: the vault's state (worker/state.ts), which these sessions read and write through. */
  constructor(private readonly core: VaultState) {}

  /** The current passphrase is asked again: whoever holds the unlocked phone cannot take a copy. */
  async exportOpen(passphrase: string, backupPassphrase: string | null, kdf?: KdfSettings): Promise<{ id: string; total: number; skipped: DamagedFile[] }> {
    const match = await confirmPassphrase(this.core, passphrase);
    wipe(match.kek);
    wipe(match.key);
    const core = this.core;
    // Damaged files are left out rather than failing the whole backup: the check must be done first.
    const { damaged } = await fileCheck(core);
    const files = core.files;
    const skipped = damaged.filter((f) => f.problem !== 'no-record');
    const source = exportSource(core.database(), core.vaultKey(), [...core.records.entries()], (id) => files.isDamaged(id), (info) => files.note(info, 'damaged'));
    const params = kdf ?? (await kdfSettings(core));
    const id = randomId();
    this.exports.set(id, { pieces: encodeBackup(source, backupPassphrase ?? passphrase, params), total: exportTotal(source), close: () => source.close() });
    return { id, total: exportTotal(source), skipped };
  }

  async exportNext(id: string): Promise<ExportChunk> {
    const chunk = await this.pull(id);
    if (chunk.finished) await this.markBackedUp();
    return chunk;
  }

  /**
   * The whole file, written into the OPFS copy (copy.ts) as each step is encrypted: the same
   * pieces exportNext would hand the page, in the same order, so the same bytes. `written`
   * false: no copy could be opened, the session is untouched (go on with exportNext); with
   * `restart`, writing failed (full storage: the copy needs as much room as the vault again),
   * the copy is gone and so is the session (open a new one). A failure to read the vault is
   * thrown as exportNext would throw it.
   */
  async exportToFile(id: string, progress?: Progress): Promise<ExportToFile> {
    this.state(id);
    const handle = await this.copies.open().catch(() => null);
    if (!handle) return { written: false, restart: false };
    let at = 0;
    let open = true;
    const drop = async () => {
      if (open) await closeQuietly(handle);
      open = false;
      await this.copies.discard();
    };
    for (;;) {
      let chunk: ExportChunk;
      try {
        chunk = await this.pull(id);
      } catch (error) {
        await drop();
        throw error;
      }
      try {
        for (const part of chunk.parts) {
          // A short write is storage running out too.
          if ((await handle.write(part, { at })) !== part.length) throw new Error('short-write');
          at += part.length;
        }
        if (chunk.finished) {
          await handle.flush();
          open = false;
          await handle.close();
        }
      } catch {
        await drop();
        await this.exportClose(id);
        return { written: false, restart: true };
      }
      progress?.(chunk.done, chunk.total);
      if (chunk.finished) {
        await this.markBackedUp();
        return { written: true, size: at };
      }
    }
  }

  /** The next step of pieces; the last one ends the session. */
  private async pull(id: string): Promise<ExportChunk> {
    const state = this.state(id);
    const parts: Uint8Array[] = [];
    let length = 0;
    let done = 0;
    try {
      while (length < STEP_BYTES) {
        const next = await state.pieces.next();
        if (next.done) {
          // Ended by a lock meanwhile (closeAll): what came so far is not the whole file.
          if (this.exports.get(id) !== state) throw new VaultError('locked');
          this.exports.delete(id);
          state.close();
          return { parts, done: state.total, total: state.total, finished: true };
        }
        parts.push(next.value.piece);
        length += next.value.piece.length;
        done = next.value.done;
      }
    } catch (error) {
      this.exports.delete(id);
      state.close();
      throw error;
    }
    return { parts, done, total: state.total, finished: false };
  }

  private state(id: string): ExportState {
    const state = this.exports.get(id);
    if (!state) throw new VaultError('not-found');
    return state;
  }

  async exportClose(id: string): Promise<void> {
    const state = this.exports.get(id);
    this.exports.delete(id);
    await state?.pieces.return(undefined).catch(() => undefined);
    state?.close();
  }

  private async markBackedUp(): Promise<void> {
    await write(this.core, { puts: [{ kind: STATUS_KIND, id: this.core.records.find(STATUS_KIND)?.[0] ?? null, data: { lastBackupAt: Date.now() } }] });
  }

  status(): BackupStatus {
    this.core.vaultKey();
    const value = this.core.records.find(STATUS_KIND)?.[1] as BackupStatus | undefined;
    return { lastBackupAt: typeof value?.lastBackupAt === 'number' ? value.lastBackupAt : null };
  }

  /**
   * Merge and replace both change the record, so this vault's passphrase is asked again (an
   * unlocked minute must not be enough to swap the journal for someone else's). Only a vault
   * that holds nothing of the person's yet (a restore on a new phone) may skip it.
   */
  async importOpen(file: Blob, passphrase: string, localPassphrase: string | null, maxBytes?: number): Promise<{ id: string; size: number }> {
    this.core.vaultKey();
    const empty = ![...this.core.records.entries()].some(([, e]) => !e.k.startsWith('_') || e.k === BLOB_KIND);
    if (localPassphrase !== null || !empty) {
      const match = await confirmPassphrase(this.core, localPassphrase ?? '').catch((error: unknown) => {
        throw (error as { code?: string }).code === 'wrong-passphrase' ? new VaultError('wrong-passphrase', 'local') : error;
      });
      wipe(match.kek);
      wipe(match.key);
    }
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
      // Chunk keys are "<attachment id>.<index>".
      const chunkOwners = new Set(((await db.getAllKeys(STORE.chunks)) as string[]).map((k) => k.slice(0, k.lastIndexOf('.'))));
      return { db, key: core.vaultKey(), records: core.records, change: core.records.change(), chunkOwners, holdBytes: this.holdBytes };
    }, (work) => core.serial(work)).catch((error: unknown) => {
      throw storageError(error);
    });
    if (step.report) {
      await reload(core);
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
