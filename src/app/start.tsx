// Starts the app: language, then the component tree into #app.
import { render } from 'preact';
import { detectLang, setLang } from '../i18n';
import { readPrefs, setExitLanguage } from '../exit';
import { onLangChange } from '../i18n';
import { App } from './App';
import { firstPhase } from './environment';
import { vault } from '../vault';
import { receiveShares } from './share-receive';
import '../ui/app.css';

export function start(): void {
  const root = document.getElementById('app');
  if (!root) return;
  onLangChange(setExitLanguage);
  setLang(detectLang(readPrefs().lang));
  // Ask the vault before rendering: its answer is on its way while preact builds the tree.
  const first = firstPhase(() => vault.exists());
  receiveShares();
  root.replaceChildren();
  render(<App first={first} />, root);
}
