// Shapes the worker's operations share with one another and with the page (through rpc.ts).
import type { IntegrityReport } from './integrity';
import type { AttemptsReport } from './attempt-report';

export interface KdfSettings { ops: number; mem: number }
export interface UnlockReport {
  /** Rows no key of this vault opens (damaged or altered): kept, never deleted. */
  damaged: number;
  /** What the sealed index found missing, rolled back or slipped in, by kind. */
  integrity: IntegrityReport;
  /** Failed tries since the last real unlock. */
  attempts: AttemptsReport;
  /** Attachments with chunks missing. */
  brokenFiles: number;
  /** The vault was in the v1 format and has just been upgraded. */
  upgraded: boolean;
  /**
   * Set only when the duress passphrase opened the decoy, so the page can open the disguise's
   * own app (Notes, Weather) instead of any Daybook screen. Safe to tell: only the page of the
   * session just opened receives it, and that page already holds the decoy; it is never stored
   * or shown, and the report is otherwise the same quiet one, so nothing outside the page (the
   * storage, the timing, the screen under the Daybook look) differs from a real unlock.
   */
  mode?: 'decoy';
  /**
   * Set when unlock returned before every record was opened (the newest first, the rest in the
   * background): nothing above is said yet, clean or not. The page asks `unlockReport` for it.
   */
  pending?: boolean;
}
export interface LockInfo {
  nextTryAt: number;
  /** Text shorter than this cannot open the vault: a disguise's search never tries it (see format.ts). */
  minLength: number;
}
export type Progress = (done: number, total: number) => void;
