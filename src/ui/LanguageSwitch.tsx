// Language picker; the choice is kept with the disguise prefs so the lock screen speaks it too.
import { getLang, LANGS, setLang, t, type Lang } from '../i18n';
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
          setLang(lang);
          void writePrefs({ lang });
        }}
      >
        {LANGS.map((l) => <option key={l} value={l} lang={l}>{t(`lang.${l}`)}</option>)}
      </select>
    </label>
  );
}
