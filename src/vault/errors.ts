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
  | 'changed'
  // Too many wrong passphrases: the message holds the time (ms) when the next try is allowed.
  | 'throttled'
  // A bug in the vault, not the storage: reported as such, never as "storage full" or "damaged".
  | 'internal';

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

/** IndexedDB and file failures arrive as DOMExceptions (or, in fake-indexeddb, errors named like them). */
const STORAGE_ERROR_NAMES = new Set([
  'AbortError', 'ConstraintError', 'DataError', 'InvalidStateError', 'NotFoundError', 'NotReadableError',
  'ReadOnlyError', 'TransactionInactiveError', 'UnknownError', 'VersionError', 'InvalidAccessError', 'DataCloneError',
]);

/** Maps exceptions to a VaultError the UI can explain: storage failures as storage, anything else as a bug. */
export function storageError(error: unknown): VaultError {
  if (error instanceof VaultError) return error;
  if (isQuotaError(error)) return new VaultError('quota');
  const inner = error as { name?: string; inner?: unknown; message?: string };
  if (inner?.name === 'AbortError' && inner.inner && isQuotaError(inner.inner)) return new VaultError('quota');
  const message = error instanceof Error ? error.message : String(error);
  if (typeof inner?.name === 'string' && STORAGE_ERROR_NAMES.has(inner.name)) return new VaultError('storage', message);
  return new VaultError('internal', `${inner?.name ?? 'Error'}: ${message}`);
}
