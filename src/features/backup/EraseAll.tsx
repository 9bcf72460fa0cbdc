// "Erase all data": a deliberate two-step confirmation (type a word), then everything goes
// and the shell returns to the first-run screen.
import { useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { errorMessage } from '../../ui/errors';
import { eraseConfirmed } from './model';
import { eraseAllData } from './store';
import { privateText } from '../../ui/privateText';

export function EraseAll() {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const word = t('erase.word');

  async function erase() {
    if (busy) return;
    if (!eraseConfirmed(typed, word)) return setError(t('erase.mismatch', { word }));
    setBusy(true);
    setError('');
    try {
      await eraseAllData();
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  }

  return (
    <section class="backup erase" aria-labelledby="erase-title">
      <h3 id="erase-title">{t('erase.title')}</h3>
      <p class="hint">{t('erase.intro')}</p>
      {!open ? (
        <button type="button" class="danger" onClick={() => {
          setOpen(true);
          requestAnimationFrame(() => inputRef.current?.focus());
        }}>{t('erase.start')}</button>
      ) : (
        <div class="card">
          <p class="warning"><strong>{t('erase.warning')}</strong></p>
          <div class="field">
            <label for="erase-word">{t('erase.type', { word })}</label>
            <input id="erase-word" ref={inputRef} value={typed} {...privateText} autocapitalize="characters"
              onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)}
              onKeyDown={(e) => e.key === 'Enter' && void erase()} />
          </div>
          <div class="row">
            <button type="button" class="danger" onClick={erase} disabled={busy} aria-busy={busy}>{t('erase.confirm')}</button>
            <button type="button" class="secondary" onClick={() => {
              setOpen(false);
              setTyped('');
              setError('');
            }} disabled={busy}>{t('common.cancel')}</button>
          </div>
          {busy && <p role="status" class="hint">{t('erase.working')}</p>}
        </div>
      )}
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
