// An entry's history: every saved version, oldest first, with what each amendment changed.
import { readEntryData } from '../read';
import { t, formatDateTime, type MessageKey } from '../../../i18n';
import type { Entry } from '../record/chain';
import { changedFields, type EntryData } from '../model';
import { EntryFields } from './EntryFields';

const FIELD_KEY: Partial<Record<keyof EntryData, MessageKey>> = {
  occurredAt: 'journal.field.when', channels: 'journal.field.how', what: 'journal.field.what',
  exactWords: 'journal.field.exactWords', where: 'journal.field.where', witnesses: 'journal.field.witnesses',
  children: 'journal.field.children', weaponOrVehicle: 'journal.field.weaponOrVehicle', police: 'journal.field.police',
  otherReports: 'journal.field.otherReports', impact: 'journal.field.impact', evidence: 'journal.field.evidence',
  times: 'journal.field.times', until: 'journal.field.until', sparc: 'journal.field.sparc',
};

export function fieldNames(fields: Array<keyof EntryData>): string {
  return fields.map((f) => FIELD_KEY[f]).filter((k): k is MessageKey => Boolean(k)).map((k) => t(k)).join(', ');
}

export function History({ entry }: { entry: Entry }) {
  if (entry.versions.length < 2) return null;
  return (
    <section aria-labelledby="j-history" class="history">
      <h2 id="j-history">{t('journal.history.title', { count: entry.versions.length })}</h2>
      <p class="hint">{t('journal.history.explain')}</p>
      <ol>
        {entry.versions.map((v, i) => {
          const next = entry.versions[i + 1];
          const changed = next ? changedFields(v.data, next.data) : [];
          return (
            <li key={v.version}>
              <h3>{t(i === 0 ? 'journal.history.original' : 'journal.history.amendment', { n: v.version, date: formatDateTime(v.recordedAt) })}</h3>
              {entry.clockBehind.includes(v.version) && <p class="badge after">{t('journal.badge.clockBehind')}</p>}
              {next ? (
                <>
                  <p class="hint">{t('journal.history.changedLater', { fields: fieldNames(changed) || '—' })}</p>
                  <EntryFields data={readEntryData(v.data) ?? v.data} only={changed} />
                </>
              ) : <p class="hint">{t('journal.history.current')}</p>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
