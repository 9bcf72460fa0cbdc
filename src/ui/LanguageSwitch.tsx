// Language picker; the choice is kept with the disguise prefs so the lock screen speaks it too.
import { getLang, LANGS, LANGUAGES, loadLang, setLang, t, type Lang } from '../i18n';
import { writePrefs } from '../exit/prefs';

/** In Settings and on the first-run screen; `visibleLabel` shows the word "Language" above it. */
export function LanguageSwitch({ visibleLabel = false }: { visibleLabel?: boolean }) {
  return (
    <label class="lang-switch">
      <span class={visibleLabel ? undefined : 'visually-hidden'}>{t('shell.language')}</span>
      <select
        value={getLang()}
        onChange={(e) => {
          const lang = (e.currentTarget as HTMLSelectElement).value as Lang;
          // Its messages first (their chunks), then the switch: no screen drawn half in English.
          void loadLang(lang).catch(() => undefined).then(() => setLang(lang));
          void writePrefs({ lang });
        }}
      >
        {LANGS.map((l) => <option key={l} value={l} lang={l} dir={LANGUAGES[l].dir}>{LANGUAGES[l].native}</option>)}
      </select>
    </label>
  );
}
