// The history the person can open: every unlock report she noted, as it was said, and every
// fingerprint she shared, newest first. The same history goes into the court packet.
import { t, formatDateTime } from '../../../i18n';
import { useAsync } from '../../../ui/useAsync';
import { listNotes, listShares } from './integrityLog';
import { noteLines } from './integrityText';

export function IntegrityHistory() {
  const history = useAsync(async () => ({ notes: await listNotes(), shares: await listShares() }));
  const notes = history.data?.notes ?? [];
  const shares = history.data?.shares ?? [];
  return (
    <>
      {/* Read again on opening: a report noted since the journal opened is there too. */}
      <details class="integrity-history" onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && history.reload()}>
        <summary>{t('journal.notes.title')}</summary>
        <p class="hint">{t('journal.notes.explain')}</p>
        {notes.length === 0 ? <p>{t('journal.notes.none')}</p> : (
          <ul>
            {notes.map((note) => (
              <li key={note.at}>
                <strong>{t('journal.notes.noted', { date: formatDateTime(note.at) })}</strong>
                {noteLines(note).map((line, i) => <p key={i}>{line}</p>)}
              </li>
            ))}
          </ul>
        )}
      </details>
      {shares.length > 0 && (
        <details class="integrity-history" onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && history.reload()}>
          <summary>{t('journal.shares.title')}</summary>
          <ul>
            {shares.map((s) => <li key={s.at} class="mono break">{t('journal.shares.item', { date: formatDateTime(s.at), fingerprint: s.fingerprint })}</li>)}
          </ul>
        </details>
      )}
    </>
  );
}
