// Asks the browser to keep our storage (Safari otherwise may erase it after 7 days unused),
// and reads how much is used and free. Never waits on a permission prompt: Firefox asks the
// person and may never answer, so the state known now is shown and a later answer updates it.
export type PersistState = 'granted' | 'denied' | 'unknown';

/** How long an answer without a prompt (Chromium decides at once) may take before we show "not yet". */
const QUICK_ANSWER_MS = 1000;

/** What the browser says now, without asking: granted, not persistent ('denied'), or no API. */
export async function persistState(): Promise<PersistState> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.persisted) return 'unknown';
  try {
    return (await storage.persisted()) ? 'granted' : 'denied';
  } catch {
    return 'unknown';
  }
}

/**
 * Asks once, and resolves with the best state known within a moment; `onLater` hears a
 * browser that answers after that (a prompt the person accepted).
 */
export async function requestPersistence(onLater?: (state: PersistState) => void): Promise<PersistState> {
  const now = await persistState();
  const storage = navigator.storage as StorageManager | undefined;
  if (now !== 'denied' || !storage?.persist) return now;
  let settled = false;
  const asked = storage.persist().then((ok): PersistState => (ok ? 'granted' : 'denied'), (): PersistState => now);
  void asked.then((state) => {
    if (settled && state !== now) onLater?.(state);
  });
  const state = await Promise.race([asked, new Promise<PersistState>((resolve) => setTimeout(() => resolve(now), QUICK_ANSWER_MS))]);
  settled = true;
  return state;
}

export interface StorageUse {
  /** Bytes used by this site, and the most it may use; null where the browser does not say. */
  used: number | null;
  quota: number | null;
}

export async function storageUse(): Promise<StorageUse> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage?.estimate) return { used: null, quota: null };
  try {
    const { usage, quota } = await storage.estimate();
    return { used: usage ?? null, quota: quota ?? null };
  } catch {
    return { used: null, quota: null };
  }
}
