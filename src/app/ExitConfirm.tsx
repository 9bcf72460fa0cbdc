// A Quick exit destination set before the passphrase was asked for (or written by anyone but
// the app) is shown once after unlock, for the person to confirm with her passphrase or drop.
// Until then Quick exit stays on the app's own neutral page and contacts no other site.
import { useState } from 'preact/hooks';
import { t } from '../i18n';
// Its words, registered wherever it is used (see i18n/guard.ts).
import '../i18n/guard';
import { readPrefs, unconfirmedExit, writePrefs } from '../exit';
import { vault } from '../vault';
import { usePassphraseGate, type GateResult } from '../ui/PassphraseGate';
import { errorMessage } from '../ui/errors';

export function ExitConfirm() {
  const [url] = useState(() => unconfirmedExit(readPrefs()));
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState('');
  const gate = usePassphraseGate(vault.confirm);
  if (!url) return null;

  /** Inside the decoy nothing on the device changes: the card just goes, as it would. */
  const settle = async (result: GateResult, keep: boolean) => {
    try {
      if (result.device) await writePrefs(keep ? { exitUrl: url, exitConfirmed: url } : { exitUrl: '', exitConfirmed: '' });
      setDone(keep ? t('exit.confirm.kept', { url }) : t('exit.confirm.removed'));
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  if (done) return <p class="card success" role="status">{done}</p>;
  return (
    <section class="card" aria-labelledby="exit-confirm-title">
      <h2 id="exit-confirm-title">{t('exit.confirm.title')}</h2>
      <p>{t('exit.confirm.body', { url })}</p>
      <div class="row">
        <button type="button" disabled={gate.open} onClick={() => gate.ask((r) => settle(r, true))}>{t('exit.confirm.keep', { url })}</button>
        <button type="button" class="secondary" disabled={gate.open} onClick={() => gate.ask((r) => settle(r, false))}>{t('exit.confirm.remove')}</button>
      </div>
      {gate.panel}
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
