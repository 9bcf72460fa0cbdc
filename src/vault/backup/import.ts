// One import, driven step by step from the page: open (size, header, passphrase), verify the
// whole file without writing anything, then apply (stage + commit, see backup-stage.ts).
import { wipe } from '../worker/crypto';
import { VaultError } from '../errors';
import { MAX_BACKUP_BYTES, type BackupMeta } from './format';
import { ContentChecker } from './items';
import { decodeFrames, openBackupKey, readBackupHeader, type ParsedHeader, type Readable } from './reader';
import { Stager, type ImportMode, type ImportReport, type StageTarget } from './stage';

export interface BackupSummary {
  createdAt: number;
  records: number;
  blobs: number;
  /** Attachment bytes (photos and files). */
  bytes: number;
  fileBytes: number;
}

export interface ImportStep {
  done: number;
  total: number;
  summary?: BackupSummary;
  report?: ImportReport;
}

/** Reads at most this much per step, so the page can show progress and stay responsive. */
const STEP_BYTES = 16 * 1024 * 1024;

/** Refuses a file the browser has no room for before reading it (the old copy stays until commit). */
async function checkRoom(size: number): Promise<void> {
  const storage = (globalThis as { navigator?: { storage?: StorageManager } }).navigator?.storage;
  if (!storage?.estimate) return;
  let estimate: StorageEstimate;
  try {
    estimate = await storage.estimate();
  } catch {
    return;
  }
  if (estimate.quota !== undefined && size > estimate.quota - (estimate.usage ?? 0)) throw new VaultError('backup-too-big', 'quota');
}

export class ImportSession {
  private pass: AsyncGenerator<number> | null = null;
  private meta: BackupMeta | null = null;
  private summary: BackupSummary | null = null;
  private stager: Stager | null = null;
  private committed = false;

  private constructor(private readonly file: Readable, private readonly parsed: ParsedHeader, private readonly key: Uint8Array) {}

  /** Every check that costs no Argon2id comes first, so a foreign or huge file fails at once. */
  static async open(file: Readable, passphrase: string, maxBytes = MAX_BACKUP_BYTES): Promise<ImportSession> {
    if (file.size > maxBytes) throw new VaultError('backup-too-big');
    const parsed = await readBackupHeader(file);
    await checkRoom(file.size);
    return new ImportSession(file, parsed, openBackupKey(parsed, passphrase));
  }

  /**
   * Pass 1: authenticates every frame, in order, and the whole-file MAC; reads the summary.
   * Writes nothing. (The content is held to the format item by item in pass 2, which can
   * still refuse the file and roll back: nothing is live before its commit.)
   */
  async verify(): Promise<ImportStep> {
    if (this.summary) return { done: this.file.size, total: this.file.size, summary: this.summary };
    this.pass ??= decodeFrames(this.file, this.parsed, this.key, null, (meta) => void (this.meta = meta));
    const done = await this.run(this.pass);
    if (done !== null) return { done, total: this.file.size };
    const meta = this.meta!;
    this.summary = { createdAt: meta.createdAt, records: meta.records, blobs: meta.blobs, bytes: meta.bytes, fileBytes: this.file.size };
    this.pass = null;
    return { done: this.file.size, total: this.file.size, summary: this.summary };
  }

  /** Pass 2: re-reads, decrypting and checking every item (attachments' SHA-256 included), and stages. */
  /** `serial`: runs the commit in turn with the vault's other writes (each seals the index in order). */
  async apply(mode: ImportMode, target: () => Promise<Omit<StageTarget, 'version'>>, serial: <T>(work: () => Promise<T>) => Promise<T>): Promise<ImportStep> {
    if (!this.summary) throw new VaultError('corrupt', 'not-verified');
    if (this.committed) throw new VaultError('corrupt', 'already-applied');
    try {
      if (!this.stager) {
        this.stager = new Stager({ ...(await target()), version: this.parsed.version }, mode);
        this.pass = decodeFrames(this.file, this.parsed, this.key, new ContentChecker(this.stager, true, this.parsed.version));
      }
      const done = await this.run(this.pass!);
      if (done !== null) return { done, total: this.file.size };
      const stager = this.stager;
      const report = await serial(() => stager.commit());
      this.committed = true;
      return { done: this.file.size, total: this.file.size, report };
    } catch (error) {
      await this.stager?.rollback().catch(() => undefined);
      this.stager = null;
      this.pass = null;
      throw error;
    }
  }

  /** Runs the pass for about STEP_BYTES; null when it has finished. */
  private async run(pass: AsyncGenerator<number>): Promise<number | null> {
    let start = -1;
    for (;;) {
      const next = await pass.next();
      if (next.done) return null;
      if (start < 0) start = next.value;
      if (next.value - start >= STEP_BYTES) return next.value;
    }
  }

  async close(): Promise<void> {
    wipe(this.key);
    if (this.stager && !this.committed) await this.stager.rollback().catch(() => undefined);
    await this.pass?.return(0).catch(() => undefined);
  }
}
