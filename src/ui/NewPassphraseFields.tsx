// The new-passphrase fields of setup and change: strength in plain words (zxcvbn), and a
// suggested passphrase in the person's language (five or six words, 60 bits or more; the bits are
// stated) that fills both fields and can be shown again to write down.
import { useState } from 'preact/hooks';
import { getLang, t, type MessageKey } from '../i18n';
import { plural } from '../i18n';
import { MIN_PASSPHRASE } from '../lib/strength';
import { suggestPassphrase, type Suggestion } from '../lib/passphrase';
import { PassphraseInput } from './PassphraseInput';
import { strengthAdvice } from './strengthText';
import type { PassphraseChoice } from './usePassphraseChoice';

interface Props {
  choice: PassphraseChoice;
  /** Element ids of the two fields (the page's labels point at them). */
  ids: { first: string; second: string };
  labels: { first: string; second: string };
  onEnter(): void;
}

function StrengthLine({ choice, id }: { choice: PassphraseChoice; id: string }) {
  const { strength, estimator, first } = choice;
  let text = '';
  let score = 0;
  let advice: string[] = [];
  if (estimator === 'failed') text = first ? t('strength.unavailable') : '';
  else if (first && (estimator === 'loading' || !strength)) text = t('strength.checking');
  else if (strength) {
    score = strength.tooShort ? 0 : strength.score;
    text = t('strength.label', { level: t(`strength.${score}` as MessageKey) });
    advice = strengthAdvice(strength);
  }
  return (
    <div id={id} aria-live="polite">
      <p class={`strength s${score}`}>{strength && <meter min={0} max={4} value={score} aria-hidden="true" />} {text}</p>
      {advice.map((line) => <p key={line} class="hint">{line}</p>)}
    </div>
  );
}

export function NewPassphraseFields({ choice, ids, labels, onEnter }: Props) {
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null);
  const suggested = suggestion?.passphrase ?? '';
  const [shown, setShown] = useState(false);
  const [failed, setFailed] = useState(false);

  async function suggest() {
    try {
      const made = await suggestPassphrase(getLang());
      choice.setFirst(made.passphrase);
      choice.setSecond(made.passphrase);
      setSuggestion(made);
      setShown(true);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }

  const advice = `${ids.first}-advice`;
  const strength = `${ids.first}-strength`;
  const panel = `${ids.first}-suggested`;
  // Show-again only while the fields still hold the suggestion.
  const stillSuggested = suggested !== '' && choice.first === suggested;
  return (
    <>
      <div class="field">
        <label for={ids.first}>{labels.first}</label>
        <PassphraseInput id={ids.first} value={choice.first} onInput={choice.setFirst} onEnter={onEnter} describedBy={`${advice} ${strength}`} />
        <p id={advice} class="hint">{t('setup.advice', { min: MIN_PASSPHRASE })}</p>
        <StrengthLine choice={choice} id={strength} />
      </div>
      <div class="field">
        <label for={ids.second}>{labels.second}</label>
        <PassphraseInput id={ids.second} value={choice.second} onInput={choice.setSecond} onEnter={onEnter} />
      </div>
      <div class="field">
        <div class="row">
          <button type="button" class="secondary" onClick={() => void suggest()}>{t('pass.suggest')}</button>
          {/* One toggle, so focus stays put when the words are hidden or shown again. */}
          {stillSuggested && (
            <button type="button" class="secondary" aria-expanded={shown} aria-controls={panel} onClick={() => setShown(!shown)}>
              {shown ? t('pass.hide') : t('pass.showAgain')}
            </button>
          )}
        </div>
        {failed && <p class="error" role="alert">{t('pass.suggestFailed')}</p>}
        <div id={panel} class="card" role="group" aria-labelledby={`${panel}-label`} hidden={!(stillSuggested && shown)}>
          <p id={`${panel}-label`}>{t('pass.suggested')}</p>
          {/* The words' own language, so a screen reader says them right. */}
          {stillSuggested && shown && suggestion && (
            <>
              <p class="suggested-passphrase" lang={suggestion.lang} dir="auto"><strong>{suggested}</strong></p>
              {suggestion.lang !== getLang() && <p class="hint suggested-list">{t('pass.borrowedList')}</p>}
              <p class="hint suggested-bits">{plural(Math.round(suggestion.bits), 'pass.bits')}</p>
            </>
          )}
        </div>
      </div>
    </>
  );
}
