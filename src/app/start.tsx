// Starts the app: language, then the component tree into #app.
import { render } from 'preact';
import { detectLang, loadLang, setLang } from '../i18n';
import { readPrefs, setExitLanguage } from '../exit';
import { onLangChange } from '../i18n';
import { App } from './App';
import { firstPhase } from './environment';
import { vault } from '../vault';
import { receiveShares } from './share-receive';
import '../ui/app.css';

/** `present`: the page's own early look at the database (main.ts); undefined leaves it to the vault. */
export async function start(present: Promise<boolean | undefined> = Promise.resolve(undefined)): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  onLangChange(setExitLanguage);
  const lang = detectLang(readPrefs().lang);
  // The early answer, or the vault's (its worker) when this browser could not tell.
  const first = firstPhase(async () => (await present) ?? vault.exists());
  // Already on its way (main.ts): this waits for the chunk, not for a second download. If it
  // cannot arrive, the screen still draws, in English where a message is missing.
  await loadLang(lang).catch(() => undefined);
  setLang(lang);
  receiveShares();
  root.replaceChildren();
  render(<App first={first} />, root);
}
