// One entry: its fields, the app-set "recorded at" time, the evidence and the history.
import { useEffect, useRef } from 'preact/hooks';
import { t, formatDateTime } from '../../../i18n';
import { plural } from '../../../i18n';
import type { Entry } from '../record/chain';
import { isAfterNotice } from '../model';
import { EntryFields } from './EntryFields';
import { EvidenceItem } from '../evidence/EvidenceItem';
import { History } from './History';
import { LogAgain } from './LogAgain';
import { loadPerson } from '../store';
import { orderSpan, withinOrder } from '../person/person';
import { useAsync } from '../../../ui/useAsync';
import { isLate } from '../../../lib/when';
import { importedLine, lateLine } from '../labels';
import { readEntryData } from '../read';

export function EntryDetail({ entry, noticeAt, status, onEdit, onBack }: { entry: Entry; noticeAt: number | null; status: string; onEdit(): void; onBack(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [entry.id]);
  const d = entry.current;
  const firstImport = entry.versions[0] ? readEntryData(entry.versions[0].data)?.imported : undefined;
  const firstAt = (entry.versions[0]?.data as { occurredAt?: number } | undefined)?.occurredAt;
  // Issue 13: an incident inside the protection order's dates is flagged here as in the report.
  const person = useAsync(loadPerson);
  const inOrder = d.kind === 'incident' && !!person.data && withinOrder(d.occurredAt, orderSpan(person.data.person.order));
  const title = d.kind === 'notice' ? t('journal.notice.entryTitle', { title: d.notice?.title ?? d.what }) : formatDateTime(d.occurredAt);
  return (
    <article aria-labelledby="j-entry-title" class="entry-detail">
      <button type="button" class="secondary" onClick={onBack}>{t('journal.back')}</button>
      <h1 id="j-entry-title" ref={heading} tabIndex={-1}>{title}</h1>
      <p role="status" class="success">{status}</p>
      <p class="hint">
        {t('journal.field.recordedAt')}: {formatDateTime(entry.recordedAt, { dateStyle: 'medium', timeStyle: 'medium' })}
        {firstImport && firstAt !== undefined ? ` · ${importedLine(firstImport, entry.recordedAt, firstAt)}`
          : firstAt !== undefined && isLate(firstAt, entry.recordedAt) && ` · ${lateLine(entry.recordedAt, firstAt)}`}
        {entry.versions.length > 1 && ` · ${plural(entry.versions.length - 1, 'journal.detail.amended')}`}
      </p>
      {entry.clockBehind.length > 0 && <p class="warning">{t('journal.clockBehind.explain')}</p>}
      {isAfterNotice(d, noticeAt) && <p class="badge after">{t('journal.badge.afterLong', { date: formatDateTime(noticeAt!) })}</p>}
      {inOrder && <p class="badge after">{t('journal.badge.order')}</p>}
      <EntryFields data={d} only={['occurredAt', 'channels', 'times', 'sparc', 'what', 'exactWords', 'where', 'witnesses', 'children', 'weaponOrVehicle', 'police', 'otherReports', 'impact', 'notice']} />
      <button type="button" onClick={onEdit}>{t('journal.detail.edit')}</button>
      {d.kind === 'incident' && d.channels.length > 0 && <LogAgain sources={[d]} />}
      {d.evidence.length > 0 && (
        <section aria-labelledby="j-detail-evidence">
          <h2 id="j-detail-evidence">{t('journal.field.evidence')}</h2>
          <p id="j-dl-hint" class="hint">{t('journal.evidence.downloadHint')}</p>
          <ul class="evidence-list">
            {d.evidence.map((item, i) => <EvidenceItem key={item.blobId} item={item} number={i + 1} />)}
          </ul>
        </section>
      )}
      <History entry={entry} />
    </article>
  );
}
