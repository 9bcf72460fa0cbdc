// Boots the exit layer before anything else: disguise, Quick exit control, shortcuts.
import { readPrefs } from './prefs';
import { applyDisguise } from './apply-disguise';
import { exitDestination, guardBackForwardCache, quickExit } from './quick-exit';
import { installShortcuts } from './shortcuts';
import { exitText } from '../i18n/exit';
import { detectLang } from '../i18n/locale';

export { onQuickExit } from './hooks';
export { quickExit, isLeaving } from './quick-exit';
export { readPrefs, writePrefs, clearPrefs, isSafeExitUrl, DEFAULT_EXIT_URL, type Prefs } from './prefs';
export { applyDisguise } from './apply-disguise';
export { DISGUISES, disguiseById, iconPath, type DisguiseId } from './disguises';

let currentLang = 'en';

/** Re-labels the control when the language changes (called by the app's i18n). */
export function setExitLanguage(lang: string): void {
  currentLang = lang;
  const link = document.getElementById('quick-exit');
  if (link) link.textContent = exitText(lang, 'label');
}

export function installExit(): void {
  const prefs = readPrefs();
  applyDisguise(prefs.disguise);
  setExitLanguage(detectLang(prefs.lang));
  const link = document.getElementById('quick-exit') as HTMLAnchorElement | null;
  if (link) {
    link.href = exitDestination();
    // Act on touch, not release: the finger is still down when the page is already gone.
    link.addEventListener('pointerdown', (event) => {
      if (event.button === 0) quickExit();
    });
    link.addEventListener('click', (event) => {
      event.preventDefault();
      quickExit();
    });
  }
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  status.id = 'exit-status';
  (document.getElementById('exit-bar') ?? document.body).append(status);
  installShortcuts(status, () => currentLang);
  guardBackForwardCache();
  addEventListener('online', () => link && (link.href = exitDestination()));
  addEventListener('offline', () => link && (link.href = exitDestination()));
}
