// Typed vault failures, so the UI can say exactly what went wrong and that nothing changed.
export type VaultErrorCode =
  | 'wrong-passphrase'
  | 'no-vault'
  | 'exists'
  | 'locked'
  | 'quota'
  | 'not-found'
  | 'corrupt'
  | 'unsupported'
  | 'storage'
  // Backup import: each leaves the vault exactly as it was.
  | 'backup-foreign'
  | 'backup-too-old'
  | 'backup-too-new'
  | 'backup-truncated'
  | 'backup-damaged'
  | 'backup-too-big'
  // The duress passphrase must differ from the real one.
  | 'same-passphrase'
  // Something was deleted while a backup was being written: try again.
  | 'changed';

export class VaultError extends Error {
  constructor(readonly code: VaultErrorCode, message: string = code) {
    super(message);
    this.name = 'VaultError';
  }
}

export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException))) return false;
  const name = (error as { name?: string }).name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Maps storage exceptions to a VaultError the UI can explain. */
export function storageError(error: unknown): VaultError {
  if (error instanceof VaultError) return error;
  if (isQuotaError(error)) return new VaultError('quota');
  const inner = error as { name?: string; inner?: unknown };
  if (inner?.name === 'AbortError' && inner.inner && isQuotaError(inner.inner)) return new VaultError('quota');
  return new VaultError('storage', error instanceof Error ? error.message : String(error));
}
