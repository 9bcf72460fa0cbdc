// Fetches the court packet's Noto slices, their ranges and the emoji names once into the cache the
// service worker serves assets/extra/ from (issue 23), one file at a time while the page is idle,
// so a packet made later, offline, prints every script. Never refetches what the cache holds.
import { EXTRA_CACHE, keepExtrasOffline } from '../../../lib/extra-cache';
import { getLang } from '../../../i18n';
import { emojiDataUrl } from './emojiNames';

/** Set once every file is kept: later unlocks in this page do not even look again. */
let complete = false;

const idle = () => new Promise<void>((resolve) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 5000 });
  else setTimeout(resolve, 200);
});
const online = () => navigator.onLine !== false;
// A person who asked her browser to save data is not sent 6 MB she did not ask for.
const saveData = () => (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;

/**
 * Every file a packet may fetch from assets/extra/, as absolute URLs (the faces' table is fetched
 * for it); the emoji names in the app's language and in English, not in every language's.
 */
async function packetFiles(): Promise<string[]> {
  const { faceUrls } = await import('./faceFiles');
  const names = [...new Set([emojiDataUrl(getLang()), emojiDataUrl('en')])];
  return [...faceUrls(), ...names.map((url) => new URL(url, document.baseURI).href)];
}

/**
 * Keeps what a packet may need offline; returns how many files it fetched. Stops between files
 * when `stop()` says so (the vault locked) or the network goes; the next unlock goes on from there.
 */
export async function keepPacketFontsOffline(stop: () => boolean): Promise<number> {
  if (complete || typeof caches === 'undefined' || !online() || saveData()) return 0;
  await idle();
  if (stop()) return 0;
  const urls = await packetFiles();
  // The faces' table itself, just loaded: kept too, even if the service worker did not see it.
  keepExtrasOffline();
  const cache = await caches.open(EXTRA_CACHE);
  let fetched = 0;
  let halted = false;
  const queue = [...urls];
  // Going offline ends the fetches under way at once (they would only fail, later).
  const abort = new AbortController();
  const onOffline = () => abort.abort();
  addEventListener('offline', onOffline);
  // A few at a time: each is mostly waiting (the network, the cache's disk), little of it is the page's.
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined && !halted; url = queue.shift()) {
      if (await cache.match(url)) continue;
      if (stop() || !online()) return void (halted = true);
      try {
        // Through the service worker when it controls the page: it keeps the file itself.
        if (navigator.serviceWorker?.controller) {
          const response = await fetch(url, { signal: abort.signal });
          if (!response.ok) return void (halted = true);
          await response.arrayBuffer();
        } else await cache.add(url);
        fetched++;
      } catch {
        halted = true; // offline midway or storage full: a packet then says on page 1 what it could not print
      }
    }
  };
  await Promise.all(Array.from({ length: 3 }, worker)).finally(() => removeEventListener('offline', onOffline));
  if (halted) return fetched;
  complete = true;
  return fetched;
}
