// First run: choose the passphrase (twice), with strength feedback and the no-recovery warning.
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../i18n';
import { vault } from '../vault';
import { MIN_PASSPHRASE, passphraseScore } from '../lib/strength';
import { errorMessage } from '../ui/errors';
import { PassphraseInput } from '../ui/PassphraseInput';
import { SetupDisguiseGuide } from '../features/settings/DisguiseGuide';

/** `restore`: the person has a backup from another device and wants it opened straight after. */
export function SetupScreen({ onCreated }: { onCreated(options: { restore: boolean }): void }) {
  const [first, setFirst] = useState('');
  const [restore, setRestore] = useState(false);
  const [second, setSecond] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const score = passphraseScore(first);

  async function create() {
    if ([...first].length < MIN_PASSPHRASE) return setError(t('setup.tooShort'));
    if (first !== second) return setError(t('setup.mismatch'));
    setError('');
    setBusy(true);
    try {
      await vault.create(first);
      setFirst('');
      setSecond('');
      onCreated({ restore });
    } catch (err) {
      setError(t('setup.failed', { reason: errorMessage(err) }));
      setBusy(false);
    }
  }

  return (
    <section class="narrow" aria-labelledby="setup-title">
      <h1 id="setup-title" tabIndex={-1}>{t('setup.title')}</h1>
      <p>{t('setup.intro')}</p>
      <p class="warning"><strong>{t('setup.noRecovery')}</strong></p>
      {/* No <form> and no username field: browsers then do not offer to save the passphrase. */}
      <div class="field">
        <label for="new-pass">{t('setup.new')}</label>
        <PassphraseInput id="new-pass" value={first} onInput={setFirst} onEnter={create} describedBy="pass-advice pass-strength" />
        <p id="pass-advice" class="hint">{t('setup.advice')}</p>
        <p id="pass-strength" class={`strength s${score}`} aria-live="polite">
          <meter min={0} max={4} value={score} aria-hidden="true" />{' '}
          {t('strength.label', { level: t(`strength.${score}` as MessageKey) })}
        </p>
      </div>
      <div class="field">
        <label for="repeat-pass">{t('setup.repeat')}</label>
        <PassphraseInput id="repeat-pass" value={second} onInput={setSecond} onEnter={create} />
      </div>
      <div class="field">
        <label class="check">
          <input type="checkbox" checked={restore} onChange={(e) => setRestore((e.currentTarget as HTMLInputElement).checked)} aria-describedby="restore-hint" />
          {t('setup.restoreNext')}
        </label>
        <p id="restore-hint" class="hint">{t('setup.restoreHint')}</p>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
      <button type="button" onClick={create} disabled={busy} aria-busy={busy}>
        {t('setup.create')}
      </button>
      {busy && <p role="status" class="hint"><progress aria-label={t('setup.creating')} /> {t('setup.creating')}</p>}
      <SetupDisguiseGuide />
    </section>
  );
}
