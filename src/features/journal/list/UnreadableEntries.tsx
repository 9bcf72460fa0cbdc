// Records that decrypted but are not journal versions: listed (never deleted, never opened as
// entries) so the person knows they are there and when they were from, if the record still says.
import { t, formatDateTime } from '../../../i18n';
import type { UnreadableRecord } from '../read';

export function UnreadableEntries({ records }: { records: UnreadableRecord[] }) {
  if (!records.length) return null;
  return (
    <section class="card" aria-labelledby="j-unreadable">
      <h2 id="j-unreadable">{t('journal.unreadable.title')}</h2>
      <ul>
        {records.map((r) => (
          <li key={r.id}>{r.at === null ? t('journal.unreadable.noDate') : t('journal.unreadable.item', { date: formatDateTime(r.at) })}</li>
        ))}
      </ul>
      <p class="hint">{t('journal.unreadable.hint')}</p>
    </section>
  );
}
