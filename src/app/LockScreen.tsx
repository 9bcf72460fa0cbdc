// The lock screen: shows only the disguise name and asks for the passphrase.
import { useState } from 'preact/hooks';
import { formatDateTime, t } from '../i18n';
import { vault, type UnlockReport } from '../vault';
import { errorMessage } from '../ui/errors';
import { PassphraseInput } from '../ui/PassphraseInput';

export function LockScreen({ name, onUnlocked }: { name: string; onUnlocked(report: UnlockReport): void }) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function unlock() {
    if (!passphrase || busy) return;
    setBusy(true);
    setError('');
    try {
      const report = await vault.unlock(passphrase);
      setPassphrase('');
      onUnlocked(report);
    } catch (err) {
      const { code, message } = err as { code?: string; message?: string };
      // Same words whether or not the vault holds anything: a wrong guess learns nothing.
      if (code === 'wrong-passphrase') setError(t('lock.wrong'));
      else if (code === 'throttled') setError(t('lock.throttled', { time: formatDateTime(Number(message), { timeStyle: 'short' }) }));
      else setError(t('lock.failed', { reason: errorMessage(err) }));
      setBusy(false);
    }
  }

  return (
    <section class="narrow" aria-labelledby="lock-title">
      <h1 id="lock-title" tabIndex={-1}>{name}</h1>
      <div class="field">
        <label for="unlock-pass">{t('lock.passphrase')}</label>
        <PassphraseInput id="unlock-pass" value={passphrase} onInput={setPassphrase} onEnter={unlock} describedBy={error ? 'unlock-error' : undefined} />
      </div>
      {error && <p id="unlock-error" class="error" role="alert">{error}</p>}
      <button type="button" onClick={unlock} disabled={busy} aria-busy={busy}>{t('lock.unlock')}</button>
      {busy && <p role="status" class="hint"><progress aria-label={t('lock.unlocking')} /> {t('lock.unlocking')}</p>}
    </section>
  );
}
