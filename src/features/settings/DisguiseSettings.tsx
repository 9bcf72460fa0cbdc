// Settings for how the app looks from outside: the disguise (name, icon, title, colour, the
// manifest an install uses, and the locked front), how to get in under it, what it does not
// hide, and the page Quick exit opens. All of it is stored unencrypted. The disguise and the
// destination change only with the passphrase (a destination tells where and when she fled);
// inside the decoy they change only in the decoy's own settings, never on the device.
import { useEffect, useRef, useState } from 'preact/hooks';
import { message, say, t, type Message } from '../../i18n';
import { checkExitUrl, DEFAULT_EXIT_URL, readPrefs } from '../../exit';
import { useRouter } from '../../ui/router';
import { errorNote } from '../../ui/errors';
import { cameBackFromLeaves } from './LeavesPage';
import { DisguiseLimits, HowToGetIn } from './DisguiseGuide';
import { NotesFrontSettings, WeatherFrontSettings } from './FrontSettings';
import { DisguiseChoice } from './DisguiseChoice';
import './disguise.css';
import { privateText } from '../../ui/privateText';
import { usePassphraseGate, type GateResult } from '../../ui/PassphraseGate';
import { confirmPassphrase, keepGuarded, loadShownGuards } from './store';

export function DisguiseSettings() {
  const { go } = useRouter();
  const [prefs, setPrefs] = useState(readPrefs);
  const [url, setUrl] = useState(prefs.exitUrl);
  const [urlError, setUrlError] = useState<Message | null>(null);
  const [urlSaved, setUrlSaved] = useState<Message | null>(null);
  const leavesButton = useRef<HTMLButtonElement>(null);
  const exitGate = usePassphraseGate(confirmPassphrase);
  // A destination chosen inside a decoy session (kept in its own settings) reads back over the device's.
  useEffect(() => void loadShownGuards().then((shown) => {
    if (shown.exitUrl === undefined) return;
    setPrefs((p) => ({ ...p, exitUrl: shown.exitUrl! }));
    setUrl(shown.exitUrl);
  }, () => undefined), []);
  // Back from "What this app leaves": focus returns to the button that opened it.
  useEffect(() => {
    if (cameBackFromLeaves()) leavesButton.current?.focus();
  }, []);

  function saveUrl(input: string) {
    setUrlSaved(null);
    const checked = checkExitUrl(input, location.origin);
    // Bad input: say why, and keep the destination that works.
    if ('problem' in checked) return setUrlError(message(`disguise.exit.${checked.problem}`));
    askUrl(checked.url);
  }

  function askUrl(exitUrl: string) {
    setUrlError(null);
    setUrlSaved(null);
    exitGate.ask((result) => keepUrl(result, exitUrl));
  }

  /** `exitUrl` '' (the default): Quick exit stays on this app's own neutral page. */
  async function keepUrl(result: GateResult, exitUrl: string) {
    setUrlError(null);
    try {
      const next = await keepGuarded(result.device, { exitUrl });
      setPrefs(next);
      setUrl(next.exitUrl);
      setUrlSaved(next.exitUrl ? message('disguise.exit.saved', { url: next.exitUrl }) : message('disguise.exit.savedOwn'));
    } catch (err) {
      setUrlError(errorNote(err));
    }
  }

  return (
    <section aria-labelledby="disguise-title">
      <h2 id="disguise-title">{t('disguise.title')}</h2>
      {/* Before the choice: how each disguise is opened, and what none of them hides. */}
      <HowToGetIn />
      <DisguiseLimits />
      <DisguiseChoice guarded />
      <NotesFrontSettings />
      <WeatherFrontSettings />
      <div class="field">
        <label for="exit-url">{t('disguise.exit.label')}</label>
        <input
          id="exit-url" type="url" inputMode="url" value={url} {...privateText} autocapitalize="off"
          aria-describedby={urlError ? 'exit-url-error exit-url-hint' : 'exit-url-hint'} aria-invalid={urlError ? true : undefined}
          onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => e.key === 'Enter' && saveUrl(url)}
        />
        <p id="exit-url-hint" class="hint">{t('disguise.exit.hint')}</p>
        {urlError && <p id="exit-url-error" class="error" role="alert">{say(urlError)}</p>}
      </div>
      <div class="row">
        <button type="button" disabled={exitGate.open} onClick={() => saveUrl(url)}>{t('disguise.exit.save')}</button>
        {prefs.exitUrl !== DEFAULT_EXIT_URL && (
          <button type="button" class="secondary" disabled={exitGate.open} onClick={() => askUrl(DEFAULT_EXIT_URL)}>{t('disguise.exit.reset')}</button>
        )}
      </div>
      {exitGate.panel}
      <p role="status" class="success">{say(urlSaved)}</p>
      <p>
        <button type="button" class="secondary" ref={leavesButton} onClick={() => go({ screen: 'settings', sub: { to: 'leaves' } })}>{t('disguise.leaves.title')}</button>
      </p>
    </section>
  );
}
