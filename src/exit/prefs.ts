// The only settings kept unencrypted: disguise, exit destination and language. They must be
// readable before unlock (the lock screen wears the disguise) and reveal nothing.
import { disguiseById, type DisguiseId } from './disguises';

export const DEFAULT_EXIT_URL = 'https://weather.com/';
/** Precached, script-free neutral page used when the device is offline. */
export const OFFLINE_EXIT_PAGE = 'weather.html';

export interface Prefs {
  disguise: DisguiseId;
  exitUrl: string;
  lang: 'en' | 'es' | null;
}

const KEY = 'prefs';
const SW_CACHE = 'prefs';

export function readPrefs(): Prefs {
  let raw: Partial<Prefs> = {};
  try {
    raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Prefs>;
  } catch {
    // Storage blocked or garbled: fall back to defaults rather than fail before the exit works.
  }
  return {
    disguise: disguiseById(raw.disguise).id,
    exitUrl: isSafeExitUrl(raw.exitUrl) ? raw.exitUrl : DEFAULT_EXIT_URL,
    lang: raw.lang === 'en' || raw.lang === 'es' ? raw.lang : null,
  };
}

export function isSafeExitUrl(url: unknown): url is string {
  if (typeof url !== 'string') return false;
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

export async function writePrefs(change: Partial<Prefs>): Promise<Prefs> {
  const next = { ...readPrefs(), ...change };
  if (!isSafeExitUrl(next.exitUrl)) throw new Error('exit-url');
  try {
    localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // Private modes may refuse storage; the choice then lasts for this visit only.
  }
  await tellServiceWorker(next.disguise);
  return next;
}

/** The service worker serves the chosen manifest; it reads the choice from this cache. */
async function tellServiceWorker(disguise: DisguiseId): Promise<void> {
  if (!('caches' in self)) return;
  try {
    const cache = await caches.open(SW_CACHE);
    await cache.put('disguise', new Response(disguise));
  } catch {
    // Without Cache Storage the link element still points at the chosen manifest.
  }
}

export function clearPrefs(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    /* nothing stored */
  }
  if ('caches' in self) void caches.delete(SW_CACHE).catch(() => undefined);
}
