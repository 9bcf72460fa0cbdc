// Service worker: precache the whole app for offline use, serve the app shell for every
// navigation, and wear the chosen disguise in the manifest and page the browser sees.
import { precacheAndRoute, cleanupOutdatedCaches, matchPrecache } from 'workbox-precaching';
import { registerRoute, NavigationRoute } from 'workbox-routing';
import { clientsClaim } from 'workbox-core';
import { manifestPath } from './exit/disguises';
import { dressPage } from './exit/dress';
import { detectLang } from './i18n/locale';
import { EXTRA_CACHE, EXTRA_PATH } from './lib/extra-cache';
import { installStreamRoute } from './vault/sw';
import { SHARE_FILES, SHARE_PATH, SHARE_TAKE, filesOfShare } from './lib/share-target';
import { normalizePrefs, NEUTRAL_PAGE, SW_CACHE, SW_KEY, type Prefs } from './exit/prefs';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

// The neutral page Quick exit lands on (built, its script hashed), kept in memory once read: while
// this worker lives, no cache read stands between the exit and it.
let neutralHtml: Promise<string | null> | null = null;
function neutralPage(): Promise<string | null> {
  neutralHtml ??= matchPrecache(NEUTRAL_PAGE).then((page) => page?.text() ?? null, () => null).then((html) => {
    if (html === null) neutralHtml = null; // not precached yet (first install): ask again next time
    return html;
  });
  return neutralHtml;
}
self.addEventListener('activate', () => void neutralPage());
void neutralPage();

cleanupOutdatedCaches();
clientsClaim();

// Issue 25: files shared into the app (Android's share sheet posts them here). They are held in
// this worker's memory only, never in a cache, until the page it redirects to takes them and the
// vault seals them at once (vault.shared.seal): nothing readable is stored, locked or not.
let sharedWaiting: File[] = [];

self.addEventListener('message', (event) => {
  const type = (event.data as { type?: string })?.type;
  if (type === 'SKIP_WAITING') void self.skipWaiting();
  if (type === SHARE_TAKE && event.source) {
    const files = sharedWaiting;
    sharedWaiting = [];
    event.source.postMessage({ type: SHARE_FILES, files });
  }
});

registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.endsWith(`/${SHARE_PATH}`),
  async ({ request }) => {
    try {
      sharedWaiting = [...sharedWaiting, ...filesOfShare(await request.formData())];
    } catch {
      // Not a form: nothing to keep. The app opens all the same.
    }
    // To the app's front (whatever look it wears): 303, so a reload never posts the files again.
    return Response.redirect(self.registration.scope, 303);
  },
  'POST',
);

// Issue 16: videos and recordings play from the vault a chunk at a time, never decrypted whole.
installStreamRoute();

/** The page's unencrypted prefs, copied here by exit/prefs (a worker cannot read localStorage). */
async function chosenPrefs(): Promise<Prefs> {
  try {
    const stored = await (await caches.open(SW_CACHE)).match(SW_KEY);
    return normalizePrefs(stored ? await stored.json() : null);
  } catch {
    return normalizePrefs(null);
  }
}

registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === self.location.origin && url.pathname.endsWith(`/${NEUTRAL_PAGE}`),
  async () => {
    const html = await neutralPage();
    return html === null ? fetch(NEUTRAL_PAGE) : new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  },
);

registerRoute(
  new NavigationRoute(async () => {
    // Both reads at once: this is the first thing a cold start waits for.
    const [page, prefs] = await Promise.all([matchPrecache('index.html'), chosenPrefs()]);
    if (!page) return fetch('index.html');
    const headers = new Headers(page.headers);
    headers.set('Content-Type', 'text/html; charset=utf-8');
    return new Response(dressPage(await page.text(), prefs, self.navigator.languages ?? []), { headers });
  }, { denylist: [/weather\.html$/] }),
);

registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.endsWith('/manifest.webmanifest'),
  async () => {
    const { disguise, lang } = await chosenPrefs();
    // Named in the app's language, as the dressed page links it.
    const path = manifestPath(disguise, detectLang(lang, self.navigator.languages ?? []));
    return (await matchPrecache(path)) ?? fetch(path);
  },
);

// Issue 12: the strength estimator and word list (assets/extra/, left out of the precache for
// its size) are kept once fetched, so the change-passphrase screen has them offline later.
// Their names are content hashes, so a kept copy never goes stale; a new one appears only when
// the estimator or its messages change (a few MB then, kept until the site's storage is cleared).
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.includes(EXTRA_PATH),
  async ({ request }) => {
    const cache = await caches.open(EXTRA_CACHE);
    const kept = await cache.match(request);
    if (kept) return kept;
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  },
);

// Registered after the routes above, which must win for navigations and the manifest.
precacheAndRoute(self.__WB_MANIFEST);
