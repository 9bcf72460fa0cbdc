// The cache for assets/extra/ (strength estimator, word list): too big for the precache, kept
// once loaded so the change-passphrase screen works offline later. Shared by page and service worker.
export const EXTRA_CACHE = 'extra';
export const EXTRA_PATH = '/assets/extra/';

/**
 * Copies the extras this page has loaded into the cache. The service worker stores what it
 * fetches itself, but on the first visit the setup screen loads them before the worker
 * controls the page, so it never sees those requests.
 */
export function keepExtrasOffline(): void {
  if (typeof caches === 'undefined' || typeof performance === 'undefined') return;
  const urls = performance.getEntriesByType('resource').map((e) => e.name).filter((url) => new URL(url).pathname.includes(EXTRA_PATH));
  void caches.open(EXTRA_CACHE)
    .then((cache) => Promise.all(urls.map(async (url) => { if (!(await cache.match(url))) await cache.add(url); })))
    .catch(() => undefined); // offline or storage full: the length rule still applies without it
}
