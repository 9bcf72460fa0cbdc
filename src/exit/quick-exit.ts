// Quick exit: hide everything in the same task, wear the neutral title and icon, drop the keys,
// then replace this page with a neutral one, so Back can never return to decrypted content.
import { readPrefs, NEUTRAL_PAGE } from './prefs';
import { applyDisguise } from './apply-disguise';
import { LAST_WRITE_MS, runExitHooks } from './hooks';
import { unwindBackTrap } from './history';

let leaving = false;

/**
 * Where to go: always the app's own neutral page, which opens at once, offline too (it moves
 * on to the person's chosen site only once that site answers, so never to an error page).
 * Without a service worker and offline, nothing could serve it: a blank page, never an error.
 */
export function exitDestination(): string {
  const served = 'serviceWorker' in navigator && navigator.serviceWorker.controller;
  return served || navigator.onLine ? new URL(NEUTRAL_PAGE, document.baseURI).href : 'about:blank';
}

/**
 * Blanks the page at once, by style alone (cheap, so the blank frame is not delayed):
 * nothing is painted or read aloud. `display` cannot be undone by any descendant's CSS.
 */
export function hideEverything(): void {
  document.documentElement.classList.add('exiting');
  document.body.style.display = 'none';
  const status = document.getElementById('exit-status');
  if (status) status.textContent = '';
}

/** Then drops the content itself, so no decrypted text is left in the document. */
export function dropContent(): void {
  // An empty copy of the app's root takes its place: the framework may still render into the
  // old, detached root, but nothing of it reaches the document again.
  const app = document.getElementById('app');
  app?.replaceWith(app.cloneNode(false));
  for (const dialog of document.querySelectorAll('dialog')) dialog.remove();
}

export function quickExit(): void {
  if (leaving) return;
  leaving = true;
  // 1. Hide, in this task: the next frame is blank.
  hideEverything();
  // 2. Neutral title and icon, whatever the page showed.
  applyDisguise(readPrefs().disguise, document.documentElement.lang);
  // 3. Lock: the hooks close the vault. Its worker gets at most LAST_WRITE_MS to finish the
  //    last draft write, then it is terminated with every key in it.
  const finished = runExitHooks();
  // 4. The app's extra history entry goes first, so the neutral page takes the only one left.
  const unwound = unwindBackTrap(new URL(NEUTRAL_PAGE, document.baseURI).href);
  // 5. Leave without adding a history entry: this page's entry becomes the neutral page.
  //    Chromium may stop presenting this page's frames once a navigation has started (seen
  //    here: the old pixels stayed until the next page painted, ~150 ms later), so leave just
  //    after the blank frame has been produced (a message posted from its rAF callback runs
  //    once the frame is done), the last write and the unwind are done; or when time is up
  //    (a background tab produces no frame).
  const destination = exitDestination();
  let left = false;
  const leave = () => {
    if (left) return;
    left = true;
    location.replace(destination);
    dropContent();
  };
  const framed = new Promise<void>((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  }));
  void Promise.all([framed, finished, unwound]).then(leave);
  setTimeout(leave, LAST_WRITE_MS);
}

/**
 * The back/forward cache keeps a frozen copy of the page. Going into it: lock and blank the
 * copy. Coming out of it: start over from scratch, which shows at most the lock screen.
 */
export function guardBackForwardCache(): void {
  addEventListener('pagehide', (event) => {
    if (!event.persisted) return;
    // Frozen, then reloaded if it ever comes back: nothing may react to the lock (history above all).
    leaving = true;
    void runExitHooks(true);
    hideEverything();
    dropContent();
  });
  addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    leaving = true;
    hideEverything();
    dropContent();
    void runExitHooks(true);
    location.reload();
  });
}

export function isLeaving(): boolean {
  return leaving;
}
