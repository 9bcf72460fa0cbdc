// Shows the tone check's flags: what was found, why advocates advise against it, and firmer words.
import { useMemo } from 'preact/hooks';
import { t, translate, type Lang, type MessageKey } from '../../i18n';
import { checkTone, SCOPE_KINDS, type ToneScope } from './tone';

export function ToneCheck({ text, lang, scope }: { text: string; lang: Lang; scope: ToneScope }) {
  const flags = useMemo(() => checkTone(text, lang, SCOPE_KINDS[scope]), [text, lang, scope]);
  return (
    <section aria-labelledby="letter-tone-title" class="tone-check">
      <h2 id="letter-tone-title">{t('letters.tone.title')}</h2>
      {scope === 'others' && <p class="hint">{t('letters.tone.others')}</p>}
      <p role="status" class={flags.length ? undefined : 'success'}>
        {flags.length ? t('letters.tone.count', { count: flags.length }) : t('letters.tone.clean')}
      </p>
      {flags.length > 0 && (
        <ul class="tone-flags">
          {flags.map((flag) => (
            <li key={`${flag.kind}-${flag.start}`} class={`tone-flag tone-${flag.kind}`}>
              <p>
                <strong>{t(`letters.tone.label.${flag.kind}` as MessageKey)}</strong>{' '}
                <q lang={lang}>{flag.match}</q>
              </p>
              <p>{t(flag.explanation)}</p>
              {/* The firmer wording is in the letter's language, ready to use in it. */}
              <p lang={lang} class="tone-fix">{translate(lang, flag.suggestion)}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
