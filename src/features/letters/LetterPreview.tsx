// The live preview of the letter, and switching to (and back from) the person's own wording.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';
import type { LetterContent } from './model';
import type { FilledLetter } from './templates';
import { privateText } from '../../ui/privateText';

interface Props {
  content: LetterContent;
  filled: FilledLetter;
  missingText: string;
  onChange(update: (prev: LetterContent) => LetterContent): void;
}

export function LetterPreview({ content, filled, missingText, onChange }: Props) {
  const [asking, setAsking] = useState(false);
  const custom = content.customBody !== null;
  // The button pressed disappears when switching modes: focus follows to what replaces it.
  const switched = useRef(false);
  const target = useRef<HTMLElement>(null);
  useEffect(() => {
    if (switched.current) target.current?.focus();
    switched.current = false;
  }, [custom]);
  const setCustom = (body: string | null) => {
    switched.current = true;
    onChange((prev) => ({ ...prev, customBody: body }));
  };
  return (
    <section aria-labelledby="letter-preview-title">
      <h2 id="letter-preview-title">{t('letters.preview')}</h2>
      <p class="hint">{t('letters.subjectLine', { subject: filled.subject })}</p>
      {custom ? (
        <div class="field">
          <label for="letter-body">{t('letters.body')}</label>
          <textarea ref={target as { current: HTMLTextAreaElement | null }} id="letter-body" class="letter-text" lang={content.lang} rows={16} value={filled.body} {...privateText}
            onInput={(e) => {
              const body = e.currentTarget.value;
              onChange((prev) => ({ ...prev, customBody: body }));
            }} />
        </div>
      ) : (
        <div class="letter-preview letter-text" lang={content.lang} data-testid="letter-preview">{filled.body}</div>
      )}
      {missingText && <p class="hint">{t('letters.missing', { fields: missingText })}</p>}
      {!custom && (
        <button ref={target as { current: HTMLButtonElement | null }} type="button" class="secondary" onClick={() => setCustom(filled.body)}>
          {t('letters.editWording')}
        </button>
      )}
      {custom && !asking && <button type="button" class="secondary" onClick={() => setAsking(true)}>{t('letters.useTemplate')}</button>}
      {custom && asking && (
        <div role="group" aria-labelledby="letter-replace-ask" class="row">
          <p id="letter-replace-ask">{t('letters.replaceAsk')}</p>
          <button type="button" onClick={() => {
            setAsking(false);
            setCustom(null);
          }}>{t('letters.replace')}</button>
          <button type="button" class="secondary" onClick={() => setAsking(false)}>{t('letters.keepMine')}</button>
        </div>
      )}
    </section>
  );
}
