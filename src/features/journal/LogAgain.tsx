// "Log again": one tap records one more contact now, in the same ways, then offers Undo for
// a few seconds. On an entry's page it repeats that entry; on the list, the latest kinds.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, formatDateTime } from '../../i18n';
import { errorMessage } from '../../ui/errors';
import type { Entry } from './chain';
import type { EntryData } from './model';
import { channelList } from './labels';
import { logAgain, undoLogAgain, UNDO_MS } from './store';

/** The most recent distinct sets of ways of contact, newest first (entries come newest first). */
export function recentKinds(entries: Entry[], limit = 3): EntryData[] {
  const seen = new Set<string>();
  const out: EntryData[] = [];
  for (const e of entries) {
    if (e.current.kind !== 'incident' || !e.current.channels.length) continue;
    const key = e.current.channels.join(',');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e.current);
    if (out.length === limit) break;
  }
  return out;
}

export function LogAgain({ sources, named }: { sources: EntryData[]; named?: boolean }) {
  const [made, setMade] = useState<{ id: string; message: string } | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  if (!sources.length) return null;

  const log = async (source: EntryData) => {
    if (busy) return;
    setBusy(true);
    try {
      const now = Date.now();
      const id = await logAgain(source, now);
      const text = t('journal.logAgain.done', { channels: channelList(source.channels), date: formatDateTime(now) });
      setMade({ id, message: text });
      setMessage(text);
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
    <div class="log-again" role="group" aria-label={named ? t('journal.logAgain.recent') : undefined}>
      {named && <p class="hint">{t('journal.logAgain.recent')}</p>}
      <div class="row">
        {sources.map((s) => (
          <button key={s.channels.join(',')} type="button" class="secondary" disabled={busy} onClick={() => void log(s)}>
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
