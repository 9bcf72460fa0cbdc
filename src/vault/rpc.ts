// The message protocol between the page and the vault worker. The operation list is written
// once, here: the worker dispatches only these, and the page's calls are typed from them.
import type { VaultCore } from './worker/core';
import type { VaultErrorCode } from './errors';

export const OPS = [
  'exists', 'lockInfo', 'warmKdf', 'create', 'unlock', 'loaded', 'unlockReport', 'changePassphrase', 'kdfParams', 'acceptIntegrity', 'fileCheck',
  'put', 'get', 'listAll', 'listNewest', 'delete', 'writeMany',
  'blobBegin', 'blobPutMany', 'blobCommit', 'blobWrite', 'blobAbort', 'blobInfo', 'blobList', 'blobChunk', 'blobDelete', 'eraseAll',
  'exportOpen', 'exportNext', 'exportToFile', 'exportClose', 'importOpen', 'importVerify', 'importApply', 'importClose',
  'backupStatus', 'duressStatus', 'duressEnable', 'duressDisable', 'confirm',
  'logLocked', 'lockedEntries', 'dropLocked',
  'shareBegin', 'shareWrite', 'shareAbort', 'sharedFiles', 'sharedChunk', 'dropShared',
] as const satisfies ReadonlyArray<keyof VaultCore>;

/** Operations that report progress: the worker passes them a reporter as their last argument. */
export const PROGRESS_OPS = ['changePassphrase', 'exportToFile'] as const satisfies ReadonlyArray<(typeof OPS)[number]>;

/** The lock screen's own questions: answered before libsodium has loaded. */
export const LOCK_SCREEN_OPS = ['exists', 'lockInfo'] as const satisfies ReadonlyArray<(typeof OPS)[number]>;
/** The calls that leave unlock's head start running (kdf-warm.ts): the lock screen's, and the head start's own. */
export const WARM_UP_OPS = [...LOCK_SCREEN_OPS, 'warmKdf'] as const satisfies ReadonlyArray<(typeof OPS)[number]>;

/**
 * Operations that run while unlock's background load is still opening older records (reads wait
 * for it only if they need what is not open yet: see feature-records.ts). Every other one waits
 * for the load to finish: it may need every record, or write on top of the whole index.
 */
export const DURING_LOAD_OPS = [...WARM_UP_OPS, 'create', 'unlock', 'loaded', 'unlockReport', 'get', 'listAll', 'listNewest', 'logLocked', 'shareBegin', 'shareWrite', 'shareAbort'] as const satisfies ReadonlyArray<(typeof OPS)[number]>;

type Methods = Pick<VaultCore, (typeof OPS)[number]>;
export type Op = keyof Methods;
/** What the page sends: a progress reporter never crosses (functions cannot), the worker adds it. */
type DropFunctions<T extends unknown[]> = { [K in keyof T]: Exclude<T[K], (...a: never[]) => unknown> };
export type Args<O extends Op> = DropFunctions<Parameters<Methods[O]>>;
export type Result<O extends Op> = Awaited<ReturnType<Methods[O]>>;

export const isOp = (op: unknown): op is Op => (OPS as readonly unknown[]).includes(op);
export const answersBeforeSodium = (op: Op): boolean => (LOCK_SCREEN_OPS as readonly Op[]).includes(op);
export const keepsWarmUp = (op: Op): boolean => (WARM_UP_OPS as readonly Op[]).includes(op);
export const runsDuringLoad = (op: Op): boolean => (DURING_LOAD_OPS as readonly Op[]).includes(op);
export const reportsProgress = (op: Op): boolean => (PROGRESS_OPS as readonly Op[]).includes(op);

export interface Request<O extends Op = Op> { id: number; op: O; args: Args<O> }
export type Response =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; code: VaultErrorCode; message: string }
  | { id: number; progress: { done: number; total: number } };

/** Byte arrays in a result move to the page instead of being copied (export pieces are MiBs). */
export function transferables(result: unknown): Transferable[] {
  if (result instanceof Uint8Array) return [result.buffer as ArrayBuffer];
  const parts = (result as { parts?: unknown } | null)?.parts;
  if (!Array.isArray(parts)) return [];
  // Each piece owns its buffer (a fresh ciphertext or head); a buffer listed twice would throw.
  return [...new Set(parts.filter((p): p is Uint8Array => p instanceof Uint8Array).map((p) => p.buffer as ArrayBuffer))];
}
