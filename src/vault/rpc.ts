// The message protocol between the page and the vault worker.
import type { VaultCore } from './worker/core';
import type { VaultErrorCode } from './errors';

type Methods = Pick<VaultCore,
  | 'exists' | 'create' | 'unlock' | 'changePassphrase' | 'kdfParams'
  | 'put' | 'get' | 'list' | 'delete'
  | 'blobBegin' | 'blobWrite' | 'blobAbort' | 'blobInfo' | 'blobChunk' | 'blobDelete' | 'wipe'
  | 'exportOpen' | 'exportNext' | 'exportClose' | 'importOpen' | 'importVerify' | 'importApply' | 'importClose'
  | 'backupStatus' | 'duressStatus' | 'duressEnable' | 'duressDisable'>;

export type Op = keyof Methods;
export type Args<O extends Op> = Parameters<Methods[O]>;
export type Result<O extends Op> = Awaited<ReturnType<Methods[O]>>;

export interface Request<O extends Op = Op> { id: number; op: O; args: Args<O> }
export type Response =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; code: VaultErrorCode; message: string };

export const OPS: readonly Op[] = [
  'exists', 'create', 'unlock', 'changePassphrase', 'kdfParams', 'put', 'get', 'list', 'delete',
  'blobBegin', 'blobWrite', 'blobAbort', 'blobInfo', 'blobChunk', 'blobDelete', 'wipe',
  'exportOpen', 'exportNext', 'exportClose', 'importOpen', 'importVerify', 'importApply', 'importClose',
  'backupStatus', 'duressStatus', 'duressEnable', 'duressDisable',
];

/** Byte arrays in a result move to the page instead of being copied (export pieces are MiBs). */
export function transferables(result: unknown): Transferable[] {
  if (result instanceof Uint8Array) return [result.buffer as ArrayBuffer];
  const parts = (result as { parts?: unknown } | null)?.parts;
  if (!Array.isArray(parts)) return [];
  // Each piece owns its buffer (a fresh ciphertext or head); a buffer listed twice would throw.
  return [...new Set(parts.filter((p): p is Uint8Array => p instanceof Uint8Array).map((p) => p.buffer as ArrayBuffer))];
}
