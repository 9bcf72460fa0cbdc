// "Log a contact" on the Daybook lock screen (issue 24): one tap opens a small sheet, a second
// (how they made contact) saves it, sealed at once to the vault's public key. No passphrase, and
// the words after a save say nothing about what is waiting.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../i18n';
import { MAX_LOCKED_WORDS, vault } from '../vault';
import { resolveWhen, WHEN_NOW, type WhenValue } from '../lib/when';
import { WhenChoice } from '../ui/WhenChoice';
import { privateText } from '../ui/privateText';
import { CHANNELS, MAX_TIMES, type Channel } from '../features/journal/model';

// The ways of contact are named by the journal's catalog, loaded here ahead of the tap.
let messages: Promise<void> | undefined;
const loadMessages = () => (messages ??= import('../i18n/features').then((m) => m.registerFeatureMessages()));

export function LockedLog() {
  const [open, setOpen] = useState(false);
  const [ready, setReady] = useState(false);
  const [times, setTimes] = useState(1);
  const [when, setWhen] = useState<WhenValue>(WHEN_NOW);
  const [words, setWords] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const sheet = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => void loadMessages().then(() => setReady(true), () => setReady(true)), []);
  useEffect(() => {
    if (open) sheet.current?.scrollIntoView({ block: 'nearest' });
  }, [open]);

  const save = async (channel: Channel) => {
    if (busy) return;
    const occurredAt = resolveWhen(when, Date.now());
    if (occurredAt === null) return setStatus(t('when.incomplete'));
    setBusy(true);
    try {
      await vault.logLocked({ occurredAt, channels: [channel], times: Number.isInteger(times) && times >= 1 ? times : 1, what: words.trim() });
      // Neutral: the same words each time, and no count of what waits.
      setStatus(t('locked.saved'));
      setOpen(false);
      opener.current?.focus();
      setTimes(1);
      setWhen(WHEN_NOW);
      setWords('');
    } catch (error) {
      const code = (error as { code?: string }).code;
      setStatus(t(code === 'quota' ? 'locked.full' : 'locked.unavailable'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="locked-log">
      <button ref={opener} type="button" class="secondary" aria-expanded={open} aria-controls="locked-sheet"
        onClick={() => { setStatus(''); setOpen(!open); }}>{t('locked.open')}</button>
      <p role="status" class="success">{status}</p>
      {open && (
        <div id="locked-sheet" ref={sheet} class="card locked-sheet" role="group" aria-labelledby="locked-sheet-title">
          <h2 id="locked-sheet-title">{t('locked.sheetTitle')}</h2>
          <p class="hint">{t('locked.sheetHint')}</p>
          <div class="row">
            <div class="field locked-times">
              <label for="locked-times">{t('locked.times')}</label>
              <input id="locked-times" type="number" inputMode="numeric" min={1} max={MAX_TIMES} step={1} value={Number.isFinite(times) ? times : ''}
                onInput={(e) => setTimes(e.currentTarget.value === '' ? Number.NaN : Number(e.currentTarget.value))} />
            </div>
          </div>
          <WhenChoice id="locked-when" value={when} onChange={setWhen} />
          <div class="field">
            <label for="locked-words">{t('locked.words')}</label>
            <input id="locked-words" type="text" value={words} maxLength={MAX_LOCKED_WORDS} {...privateText}
              onInput={(e) => setWords(e.currentTarget.value)} />
          </div>
          <div role="group" aria-labelledby="locked-save-as">
            <p id="locked-save-as" class="hint">{t('locked.saveAs')}</p>
            <div class="locked-ways">
              {ready && CHANNELS.map((c) => (
                <button key={c} type="button" disabled={busy} onClick={() => void save(c)}>{t(`journal.channel.${c}` as MessageKey)}</button>
              ))}
            </div>
          </div>
          <button type="button" class="secondary" onClick={() => setOpen(false)}>{t('locked.cancel')}</button>
        </div>
      )}
    </div>
  );
}
