// The lock screen: under Daybook it shows the name and asks for the passphrase; under Notes or
// Weather it is that app's front, whose one text field takes the passphrase (and the duress one).
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDateTime, t } from '../i18n';
import { passphraseLength, vault, type UnlockReport } from '../vault';
import { addLockNote, readPrefs, type FrontNote } from '../exit';
import { errorMessage } from '../ui/errors';
import { PassphraseInput } from '../ui/PassphraseInput';
import { NotesFront } from '../ui/fronts/NotesFront';
import { WeatherFront } from '../ui/fronts/WeatherFront';
import { unitFor } from '../ui/fronts/model';
import { homePlace } from '../ui/fronts/intl-kept';
import type { AddResult } from '../ui/fronts/FrontNoteEditor';
import type { Attempt } from '../ui/fronts/FrontSearch';
import { LockedLog } from './LockedLog';
import { usePrepareUnlock } from './prepare-unlock';

interface Props { name: string; onUnlocked(report: UnlockReport): void }

/** The vault's floor, asked once per lock screen; unknown (an error) means every text is tried. */
const floor = () => vault.lockInfo().then(({ minLength }) => minLength, () => 1);

export function LockScreen({ name, onUnlocked }: Props) {
  const prefs = readPrefs();
  // Asked once the front is drawn, not while it renders: that question starts the vault's worker
  // (and libsodium's compile), which on a two-core phone would hold back the front's first frame.
  const asked = useRef<Promise<number> | null>(null);
  const minLength = () => (asked.current ??= floor());
  useEffect(() => void minLength(), []);
  usePrepareUnlock();
  // A search is only a search: text too short to be a passphrase of this vault is never tried,
  // so it runs no key derivation, is never counted and never starts a wait. What is tried and
  // fails (wrong, waiting, broken) looks like a search that found nothing.
  const open = async (text: string): Promise<Attempt> => {
    if (passphraseLength(text) < (await minLength())) return 'none';
    try {
      onUnlocked(await vault.unlock(text));
      return 'open';
    } catch {
      return 'none';
    }
  };
  // "New note": kept with the front's notes (unencrypted by design, and said so), or refused whole.
  const add = (note: FrontNote): Promise<AddResult> => addLockNote(note).then(() => 'kept', () => 'full');
  if (prefs.disguise === 'notes') return <NotesFront notes={prefs.lockNotes} told={prefs.notesTold} onSubmit={open} onAdd={add} />;
  if (prefs.disguise === 'weather') {
    const place = homePlace(prefs.place);
    return <WeatherFront place={place} now={new Date()} unit={unitFor(navigator.language)} onSubmit={open} />;
  }
  return <PassphraseLock name={name} onUnlocked={onUnlocked} />;
}

const throttled = (until: number) => t('lock.throttled', { time: formatDateTime(until, { timeStyle: 'short' }) });

function PassphraseLock({ name, onUnlocked }: Props) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  // After many wrong tries (even before a reload), say when the next try is allowed before one is typed.
  useEffect(() => {
    void vault.lockInfo().then(({ nextTryAt }) => {
      if (nextTryAt > Date.now()) setError((shown) => shown || throttled(nextTryAt));
    }, () => undefined);
  }, []);

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
      else if (code === 'throttled') setError(throttled(Number(message)));
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
      {readPrefs().logLocked !== false && <LockedLog />}
    </section>
  );
}
