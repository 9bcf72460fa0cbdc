// Service worker: precache the whole app for offline use, serve the app shell for every
// navigation, and wear the chosen disguise in the manifest and page the browser sees.
import { precacheAndRoute, cleanupOutdatedCaches, matchPrecache } from 'workbox-precaching';
import { registerRoute, NavigationRoute } from 'workbox-routing';
import { clientsClaim } from 'workbox-core';
import { disguiseById, iconPath, manifestPath, type Disguise } from './exit/disguises';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

cleanupOutdatedCaches();
clientsClaim();

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string })?.type === 'SKIP_WAITING') void self.skipWaiting();
});

async function chosenDisguise(): Promise<Disguise> {
  try {
    const stored = await (await caches.open('prefs')).match('disguise');
    return disguiseById(stored ? await stored.text() : null);
  } catch {
    return disguiseById(null);
  }
}

/** The served page already carries the disguise, so even its first paint is neutral. */
function dressPage(html: string, d: Disguise): string {
  return html
    .replace(/<title>[^<]*<\/title>/, `<title>${d.name}</title>`)
    .replace(/(name="apple-mobile-web-app-title" content=")[^"]*"/, `$1${d.name}"`)
    .replace(/(name="theme-color" content=")[^"]*"/, `$1${d.theme}"`)
    .replace(/(rel="manifest" href=")[^"]*"/, `$1${manifestPath(d.id)}"`)
    .replace(/(rel="icon" type="image\/png" href=")[^"]*"/, `$1${iconPath(d.id, 32)}"`)
    .replace(/(rel="apple-touch-icon" href=")[^"]*"/, `$1${iconPath(d.id, 180)}"`);
}

registerRoute(
  new NavigationRoute(async () => {
    const page = await matchPrecache('index.html');
    if (!page) return fetch('index.html');
    const d = await chosenDisguise();
    const headers = new Headers(page.headers);
    headers.set('Content-Type', 'text/html; charset=utf-8');
    return new Response(dressPage(await page.text(), d), { headers });
  }, { denylist: [/weather\.html$/] }),
);

registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.endsWith('/manifest.webmanifest'),
  async () => {
    const d = await chosenDisguise();
    return (await matchPrecache(manifestPath(d.id))) ?? fetch(manifestPath(d.id));
  },
);

// Registered after the routes above, which must win for navigations and the manifest.
precacheAndRoute(self.__WB_MANIFEST);
