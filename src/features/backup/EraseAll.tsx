// "Erase all data": a deliberate confirmation (type a word, and the passphrase: an unlocked
// minute is not enough), then everything goes and the shell returns to the first-run screen.
import { useRef, useState } from 'preact/hooks';
import { message as note, say, t, type Message as Kept } from '../../i18n';
import { errorNote } from '../../ui/errors';
import { PassphraseInput } from '../../ui/PassphraseInput';
import { eraseConfirmed } from './model';
import { eraseAllData } from './store';
import { privateText } from '../../ui/privateText';

export function EraseAll() {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Kept | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const word = t('erase.word');

  async function erase() {
    if (busy) return;
    if (!eraseConfirmed(typed, word)) return setError(note('erase.mismatch', { word }));
    if (!passphrase) return setError(note('erase.needPass'));
    setBusy(true);
    setError(null);
    try {
      await eraseAllData(passphrase);
    } catch (err) {
      // A wrong passphrase erases nothing and says so.
      setError((err as { code?: string }).code === 'wrong-passphrase' ? note('duress.wrong') : errorNote(err));
      setPassphrase('');
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
          <div class="field">
            <label for="erase-pass">{t('backup.current')}</label>
            <PassphraseInput id="erase-pass" value={passphrase} onInput={setPassphrase} onEnter={erase} />
          </div>
          <div class="row">
            <button type="button" class="danger" onClick={erase} disabled={busy} aria-busy={busy}>{t('erase.confirm')}</button>
            <button type="button" class="secondary" onClick={() => {
              setOpen(false);
              setTyped('');
              setPassphrase('');
              setError(null);
            }} disabled={busy}>{t('common.cancel')}</button>
          </div>
          {busy && <p role="status" class="hint">{t('erase.working')}</p>}
        </div>
      )}
      {error && <p class="error" role="alert">{say(error)}</p>}
    </section>
  );
}
