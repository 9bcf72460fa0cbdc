// First run: choose the passphrase (twice), with strength feedback and the no-recovery warning.
import { useEffect, useRef, useState } from 'preact/hooks';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { t } from '../i18n';
import { vault } from '../vault';
import { errorMessage } from '../ui/errors';
import { NewPassphraseFields } from '../ui/NewPassphraseFields';
import { usePassphraseChoice } from '../ui/usePassphraseChoice';
import { usePrepareUnlock } from './prepare-unlock';

/** `restore`: the person has a backup from another device and wants it opened straight after. */
export function SetupScreen({ onCreated }: { onCreated(options: { restore: boolean }): void }) {
  const choice = usePassphraseChoice();
  const [restore, setRestore] = useState(false);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const title = useRef<HTMLHeadingElement>(null);
  usePrepareUnlock();
  // Open at the top, heading focused: coming from the first-run screen kept its scroll position,
  // which hid the heading and the no-recovery warning (under Quick exit, on a phone).
  useEffect(() => {
    scrollTo(0, 0);
    title.current?.focus({ preventScroll: true });
  }, []);

  async function create() {
    if (busy) return;
    setBusy(true);
    const problem = await choice.problem();
    if (problem) {
      setBusy(false);
      return setError(problem);
    }
    setError('');
    try {
      await vault.create(choice.first);
      choice.clear();
      onCreated({ restore });
    } catch (err) {
      setError(t('setup.failed', { reason: errorMessage(err) }));
      setBusy(false);
    }
  }

  return (
    <section class="narrow" aria-labelledby="setup-title">
      <h1 id="setup-title" tabIndex={-1} ref={title}>{t('setup.title')}</h1>
      <LanguageSwitch visibleLabel />
      <p>{t('setup.intro')}</p>
      <p class="warning"><strong>{t('setup.noRecovery')}</strong></p>
      {/* No <form> and no username field: browsers then do not offer to save the passphrase. */}
      <NewPassphraseFields choice={choice} ids={{ first: 'new-pass', second: 'repeat-pass' }}
        labels={{ first: t('setup.new'), second: t('setup.repeat') }} onEnter={() => void create()} />
      <div class="field">
        <label class="check">
          <input type="checkbox" checked={restore} onChange={(e) => setRestore((e.currentTarget as HTMLInputElement).checked)} aria-describedby="restore-hint" />
          {t('setup.restoreNext')}
        </label>
        <p id="restore-hint" class="hint">{t('setup.restoreHint')}</p>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
      <button type="button" onClick={() => void create()} disabled={busy} aria-busy={busy}>
        {t('setup.create')}
      </button>
      {busy && <p role="status" class="hint"><progress aria-label={t('setup.creating')} /> {t('setup.creating')}</p>}
    </section>
  );
}
