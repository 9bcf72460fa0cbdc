// Boots the exit layer before anything else: disguise, Quick exit control, shortcuts, scrubbing.
import { onPrefsChange, readPrefs, tellServiceWorker } from './prefs';
import { applyDisguise } from './apply-disguise';
import { disguiseName } from './disguises';
import { exitDestination, guardBackForwardCache, quickExit } from './quick-exit';
import { installShortcuts } from './shortcuts';
import { guardAutofill, guardTitle, scrubUrl } from './scrub';
import { exitText } from '../i18n/exit';
import { detectLang } from '../i18n/locale';
import { exitLook } from './exit-look';

export { onQuickExit } from './hooks';
export { quickExit, isLeaving } from './quick-exit';
export { installBackTrap, syncBackTrap } from './history';
export {
  readPrefs, writePrefs, addLockNote, clearPrefs, onPrefsChange, isSafeExitUrl, checkExitUrl, unconfirmedExit,
  DEFAULT_EXIT_URL, MAX_LOCK_NOTES, MAX_PLACE, type Prefs, type ExitUrlProblem,
} from './prefs';
export { applyDisguise } from './apply-disguise';
export { formatNotes, parseNotes, type FrontNote } from './front-notes';
export { DISGUISES, disguiseById, disguiseName, iconPath, type DisguiseId } from './disguises';

let currentLang = 'en';
let native = false;

/** Paints the control for the current language and look; its accessible name stays "Quick exit". */
function paintLink(): void {
  const link = document.getElementById('quick-exit');
  if (!link) return;
  const look = exitLook(native, exitText(currentLang, 'label'));
  if (link.className !== look.className) link.className = look.className;
  if (link.getAttribute('aria-label') !== look.label) link.setAttribute('aria-label', look.label);
  if (link.textContent !== look.text) link.textContent = look.text;
}

/** Re-labels the control and renames the disguise when the language changes (called by the app's i18n). */
export function setExitLanguage(lang: string): void {
  currentLang = lang;
  paintLink();
  applyDisguise(readPrefs().disguise, lang);
}

/** The chosen disguise's name in the app's language ("Notas" in Spanish). */
export const shownName = (): string => disguiseName(readPrefs().disguise, currentLang);

/**
 * On a disguise's locked front the control looks like that app's own close mark; elsewhere
 * (Daybook, setup, unlocked) it is the red, labelled button. Called by the app's lock phase.
 */
export function setExitNative(on: boolean): void {
  native = on;
  paintLink();
}

/** The link itself stays a real link to the destination: middle-click, "copy link", no script. */
function enhanceLink(link: HTMLAnchorElement): void {
  const refresh = () => {
    link.href = exitDestination();
  };
  refresh();
  // Act on touch, not release: the page is gone while the finger is still down. A right
  // press (context menu) is left alone.
  link.addEventListener('pointerdown', (event) => {
    if (event.button !== 2) quickExit();
  });
  // Keyboard (Enter) and assistive technology arrive as a click.
  link.addEventListener('click', (event) => {
    event.preventDefault();
    quickExit();
  });
  addEventListener('online', refresh);
  addEventListener('offline', refresh);
  onPrefsChange(refresh);
  // The offline page needs the service worker: look again once it takes control.
  navigator.serviceWorker?.addEventListener('controllerchange', refresh);
}

export function installExit(): void {
  scrubUrl();
  const prefs = readPrefs();
  // Every start is locked (or has no vault yet, which the app corrects): wear the front's look.
  native = prefs.disguise !== 'daybook';
  setExitLanguage(detectLang(prefs.lang));
  const link = document.getElementById('quick-exit');
  if (link instanceof HTMLAnchorElement) enhanceLink(link);
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  status.id = 'exit-status';
  (document.getElementById('exit-bar') ?? document.body).append(status);
  installShortcuts(status, () => currentLang);
  guardBackForwardCache();
  guardTitle(shownName);
  guardAutofill();
  onPrefsChange((next) => applyDisguise(next.disguise, currentLang));
  // Keep the service worker's copy in step (it may have been cleared apart from localStorage).
  void tellServiceWorker(prefs);
}
