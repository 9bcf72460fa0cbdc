// Asks the browser to keep our storage (Safari otherwise may erase it after 7 days unused).
export type PersistState = 'granted' | 'denied' | 'unknown';

export async function requestPersistence(): Promise<PersistState> {
  const storage = navigator.storage;
  if (!storage?.persist) return 'unknown';
  try {
    if (await storage.persisted()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'unknown';
  }
}
