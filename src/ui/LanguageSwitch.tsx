// Language picker; the choice is kept with the disguise prefs so the lock screen speaks it too.
import { getLang, LANGS, setLang, t, type Lang } from '../i18n';
import { writePrefs } from '../exit/prefs';

export function LanguageSwitch() {
  return (
    <label class="lang-switch">
      <span class="visually-hidden">{t('shell.language')}</span>
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
