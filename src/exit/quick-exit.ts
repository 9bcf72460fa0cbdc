// Quick exit: hide everything in the same task, drop keys, then replace this page with a
// neutral one, so Back can never return to decrypted content.
import { readPrefs, OFFLINE_EXIT_PAGE } from './prefs';
import { applyDisguise } from './apply-disguise';
import { runExitHooks } from './hooks';

let leaving = false;

export function exitDestination(): string {
  return navigator.onLine ? readPrefs().exitUrl : new URL(OFFLINE_EXIT_PAGE, document.baseURI).href;
}

export function quickExit(): void {
  if (leaving) return;
  leaving = true;
  // 1. Hide at once: class for CSS, and drop the app's DOM so nothing is left to paint.
  document.documentElement.classList.add('exiting');
  document.getElementById('app')?.replaceChildren();
  for (const dialog of document.querySelectorAll('dialog')) dialog.remove();
  // 2. Neutral title and icon. 3. Lock the vault (hooks terminate the worker, drop keys).
  applyDisguise(readPrefs().disguise);
  runExitHooks();
  // 4. Leave without adding a history entry.
  location.replace(exitDestination());
}

/** After an exit, a page restored from the back/forward cache must start over, locked. */
export function guardBackForwardCache(): void {
  addEventListener('pageshow', (event) => {
    if (event.persisted && leaving) location.reload();
  });
}

export function isLeaving(): boolean {
  return leaving;
}
