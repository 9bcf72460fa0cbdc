// Settings for how the app looks from outside: the disguise (name, icon, title, colour, the
// manifest an install uses, and the locked front), how to get in under it, what it does not
// hide, and the page Quick exit opens. All of it is stored unencrypted.
import { useEffect, useRef, useState } from 'preact/hooks';
import { message, say, t, type Message } from '../../i18n';
import { checkExitUrl, DEFAULT_EXIT_URL, readPrefs, writePrefs } from '../../exit';
import { useRouter } from '../../ui/router';
import { errorNote } from '../../ui/errors';
import { cameBackFromLeaves } from './LeavesPage';
import { DisguiseLimits, HowToGetIn } from './DisguiseGuide';
import { NotesFrontSettings, WeatherFrontSettings } from './FrontSettings';
import { DisguiseChoice } from './DisguiseChoice';
import './disguise.css';
import { privateText } from '../../ui/privateText';

export function DisguiseSettings() {
  const { go } = useRouter();
  const [prefs, setPrefs] = useState(readPrefs);
  const [url, setUrl] = useState(prefs.exitUrl);
  const [urlError, setUrlError] = useState<Message | null>(null);
  const [urlSaved, setUrlSaved] = useState<Message | null>(null);
  const leavesButton = useRef<HTMLButtonElement>(null);
  // Back from "What this app leaves": focus returns to the button that opened it.
  useEffect(() => {
    if (cameBackFromLeaves()) leavesButton.current?.focus();
  }, []);

  async function saveUrl(input: string) {
    setUrlSaved(null);
    const checked = checkExitUrl(input, location.origin);
    // Bad input: say why, and keep the destination that works.
    if ('problem' in checked) return setUrlError(message(`disguise.exit.${checked.problem}`));
    await keepUrl(checked.url);
  }

  /** `exitUrl` '' (the default): Quick exit stays on this app's own neutral page. */
  async function keepUrl(exitUrl: string) {
    setUrlError(null);
    try {
      const next = await writePrefs({ exitUrl });
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
      <DisguiseChoice />
      <NotesFrontSettings />
      <WeatherFrontSettings />
      <div class="field">
        <label for="exit-url">{t('disguise.exit.label')}</label>
        <input
          id="exit-url" type="url" inputMode="url" value={url} {...privateText} autocapitalize="off"
          aria-describedby={urlError ? 'exit-url-error exit-url-hint' : 'exit-url-hint'} aria-invalid={urlError ? true : undefined}
          onInput={(e) => setUrl((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => e.key === 'Enter' && void saveUrl(url)}
        />
        <p id="exit-url-hint" class="hint">{t('disguise.exit.hint')}</p>
        {urlError && <p id="exit-url-error" class="error" role="alert">{say(urlError)}</p>}
      </div>
      <div class="row">
        <button type="button" onClick={() => void saveUrl(url)}>{t('disguise.exit.save')}</button>
        {prefs.exitUrl !== DEFAULT_EXIT_URL && (
          <button type="button" class="secondary" onClick={() => void keepUrl(DEFAULT_EXIT_URL)}>{t('disguise.exit.reset')}</button>
        )}
      </div>
      <p role="status" class="success">{say(urlSaved)}</p>
      <p>
        <button type="button" class="secondary" ref={leavesButton} onClick={() => go({ screen: 'settings', sub: { to: 'leaves' } })}>{t('disguise.leaves.title')}</button>
      </p>
    </section>
  );
}
