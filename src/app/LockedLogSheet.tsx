// The sheet behind "Log a contact" (issue 24): how many times, when, a few words, and a tap on the
// way of contact saves it, sealed at once. Loaded after the lock screen is drawn, so the code that
// runs before unlock stays small (the journal's model and the "When" choice come with it).
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../i18n';
import { MAX_LOCKED_WORDS, vault } from '../vault';
import { resolveWhen, WHEN_NOW, type WhenValue } from '../lib/when';
import { WhenChoice } from '../ui/WhenChoice';
import { privateText } from '../ui/privateText';
import { CHANNELS, MAX_TIMES, type Channel } from '../features/journal/model';
import { registerFeatureMessages } from '../i18n/features';

/** The ways of contact are named by the journal's catalog: LockedLog.tsx awaits this before showing the sheet. */
export const messagesReady = registerFeatureMessages();

export interface LockedLogSheetProps {
  /** After a save (the neutral words) or a refusal (why). */
  onDone(status: string, saved: boolean): void;
  onCancel(): void;
}

export function LockedLogSheet({ onDone, onCancel }: LockedLogSheetProps) {
  const [times, setTimes] = useState(1);
  const [when, setWhen] = useState<WhenValue>(WHEN_NOW);
  const [words, setWords] = useState('');
  const [busy, setBusy] = useState(false);
  const sheet = useRef<HTMLDivElement>(null);
  useEffect(() => sheet.current?.scrollIntoView({ block: 'nearest' }), []);

  const save = async (channel: Channel) => {
    if (busy) return;
    const occurredAt = resolveWhen(when, Date.now());
    if (occurredAt === null) return onDone(t('when.incomplete'), false);
    setBusy(true);
    try {
      await vault.logLocked({ occurredAt, channels: [channel], times: Number.isInteger(times) && times >= 1 ? times : 1, what: words.trim() });
      // Neutral: the same words each time, and no count of what waits.
      onDone(t('locked.saved'), true);
    } catch (error) {
      const code = (error as { code?: string }).code;
      setBusy(false);
      onDone(t(code === 'quota' ? 'locked.full' : 'locked.unavailable'), false);
    }
  };

  return (
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
          {CHANNELS.map((c) => (
            <button key={c} type="button" disabled={busy} onClick={() => void save(c)}>{t(`journal.channel.${c}` as MessageKey)}</button>
          ))}
        </div>
      </div>
      <button type="button" class="secondary" onClick={onCancel}>{t('locked.cancel')}</button>
    </div>
  );
}
