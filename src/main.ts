// Entry: the exit layer first (tiny, synchronous), then the app, loaded separately so a
// broken or slow app bundle can never disable the Quick exit.
import './ui/base.css';
import { installExit, readPrefs } from './exit';
import { vaultPresent } from './vault/presence';
import { detectLang } from './i18n/locale';
import { loadShell } from './i18n/shell';

installExit();

// The chosen language's pre-unlock messages (their own small chunk) download beside the app's
// code rather than after it; start() awaits the same import before the first screen.
void loadShell(detectLang(readPrefs().lang)).catch(() => undefined);

// Whether a vault is there is asked now, so the database read overlaps the app's download and
// compile instead of following them: the locked front is then drawn as soon as its code runs.
const present = vaultPresent();

import('./app/start')
  .then(({ start }) => start(present))
  .catch(() => {
    const app = document.getElementById('app');
    if (app) app.setAttribute('aria-busy', 'false');
    document.documentElement.classList.add('boot-failed');
  });
