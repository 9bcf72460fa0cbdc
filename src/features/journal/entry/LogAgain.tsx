// "Log again": one tap records one more contact, now or at a chosen earlier time, in the same
// ways, then offers Undo for a few seconds. On an entry's page it repeats that entry; on the
// list, the latest kinds, each button naming in full what it records.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, formatDateTime } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { WhenChoice } from '../../../ui/WhenChoice';
import { resolveWhen, WHEN_NOW, type WhenValue } from '../../../lib/when';
import type { Entry } from '../record/chain';
import type { EntryData } from '../model';
import { channelList } from '../labels';
import { logAgain, undoLogAgain, UNDO_MS } from '../store';

const kindKey = (data: Pick<EntryData, 'channels'>) => data.channels.join(',');

/** The most recent distinct sets of ways of contact, newest first (entries come newest first). */
export function recentKinds(entries: Entry[], limit = 3): EntryData[] {
  const seen = new Set<string>();
  const out: EntryData[] = [];
  for (const e of entries) {
    if (e.current.kind !== 'incident' || !e.current.channels.length) continue;
    const key = kindKey(e.current);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e.current);
    if (out.length === limit) break;
  }
  return out;
}

/**
 * The buttons keep the order they had when the screen opened: a row that reshuffles under a
 * thumb after each save leads to the wrong tap. A kind seen for the first time joins at the end.
 */
export function useStableKinds(current: EntryData[]): EntryData[] {
  const kept = useRef<EntryData[]>(current);
  const known = new Set(kept.current.map(kindKey));
  const added = current.filter((s) => !known.has(kindKey(s)));
  if (added.length) kept.current = [...kept.current, ...added];
  return kept.current;
}

export function LogAgain({ sources, named }: { sources: EntryData[]; named?: boolean }) {
  const [made, setMade] = useState<{ id: string; message: string } | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [when, setWhen] = useState<WhenValue>(WHEN_NOW);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  if (!sources.length) return null;

  const log = async (source: EntryData) => {
    if (busy) return;
    const occurredAt = resolveWhen(when, Date.now());
    if (occurredAt === null) return setMessage(t('when.incomplete'));
    setBusy(true);
    try {
      const id = await logAgain(source, occurredAt);
      const text = t('journal.logAgain.done', { channels: channelList(source.channels), date: formatDateTime(occurredAt) });
      setMade({ id, message: text });
      setMessage(text);
      setWhen(WHEN_NOW);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setMade(null), UNDO_MS);
    } catch (error) {
      setMessage(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  const undo = async () => {
    if (!made) return;
    clearTimeout(timer.current);
    setMade(null);
    setMessage(t(await undoLogAgain(made.id) ? 'journal.logAgain.undone' : 'journal.logAgain.tooLate'));
  };

  return (
    <div class="log-again" role="group" aria-label={named ? t('journal.logAgain.recent') : t('journal.logAgain')}>
      {named && <p class="hint">{t('journal.logAgain.recent')}</p>}
      <WhenChoice id={named ? 'la-when' : 'la-when-entry'} value={when} onChange={setWhen} />
      <div class="log-again-buttons">
        {sources.map((s) => (
          <button key={kindKey(s)} type="button" class={s.channels.includes('threats') ? 'secondary threats' : 'secondary'}
            disabled={busy} onClick={() => void log(s)}>
            {named ? t('journal.logAgain.named', { channels: channelList(s.channels) }) : t('journal.logAgain')}
          </button>
        ))}
      </div>
      <p role="status" class="success">
        {message}
        {made && <> <button type="button" class="secondary" onClick={() => void undo()}>{t('journal.logAgain.undo')}</button></>}
      </p>
    </div>
  );
}
