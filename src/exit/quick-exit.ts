// Quick exit: hide everything in the same task, wear the neutral title and icon, drop the keys,
// then replace this page with a neutral one, so Back can never return to decrypted content.
import { readPrefs, OFFLINE_EXIT_PAGE } from './prefs';
import { applyDisguise } from './apply-disguise';
import { runExitHooks } from './hooks';

let leaving = false;

/**
 * Where to go: the chosen public page when online; offline, the precached neutral page (only
 * if the service worker can serve it, else a blank page: never an error naming this site).
 */
export function exitDestination(): string {
  if (navigator.onLine) return readPrefs().exitUrl;
  const served = 'serviceWorker' in navigator && navigator.serviceWorker.controller;
  return served ? new URL(OFFLINE_EXIT_PAGE, document.baseURI).href : 'about:blank';
}

/** Blanks the page at once: nothing left to paint, to read aloud, or to find in the DOM. */
export function hideEverything(): void {
  const root = document.documentElement;
  root.classList.add('exiting');
  // Also through the CSSOM (allowed by the CSP), in case the stylesheet never loaded.
  root.style.visibility = 'hidden';
  // Swap the app's root for an empty copy: the framework may still render (a lock screen)
  // into the old, detached root, but nothing of it reaches the document again.
  const app = document.getElementById('app');
  app?.replaceWith(app.cloneNode(false));
  for (const dialog of document.querySelectorAll('dialog')) dialog.remove();
  const status = document.getElementById('exit-status');
  if (status) status.textContent = '';
}

export function quickExit(): void {
  if (leaving) return;
  leaving = true;
  // 1. Hide, in this task: the next frame is already blank.
  hideEverything();
  // 2. Neutral title and icon, whatever the page showed.
  applyDisguise(readPrefs().disguise);
  // 3. Lock: the hooks terminate the vault worker, and every key in it, synchronously.
  runExitHooks();
  // 4. Leave without adding a history entry: this page's entry becomes the neutral page.
  location.replace(exitDestination());
}

/**
 * The back/forward cache keeps a frozen copy of the page. Going into it: lock and blank the
 * copy. Coming out of it: start over from scratch, which shows at most the lock screen.
 */
export function guardBackForwardCache(): void {
  addEventListener('pagehide', (event) => {
    if (!event.persisted) return;
    runExitHooks();
    hideEverything();
  });
  addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    hideEverything();
    runExitHooks();
    location.reload();
  });
}

export function isLeaving(): boolean {
  return leaving;
}
