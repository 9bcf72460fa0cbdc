// One entry in the printed report, with its earlier versions (amendments) below it.
import { t, formatDateTime } from '../../../i18n';
import type { ReportEntry as Item } from './report';
import { EntryFields } from '../entry/EntryFields';
import { fieldNames } from '../entry/History';
import { importedLine, lateLine } from '../labels';

const SHOWN = ['channels', 'times', 'sparc', 'what', 'exactWords', 'where', 'witnesses', 'children', 'weaponOrVehicle', 'police', 'otherReports', 'impact', 'notice'] as const;

export function ReportEntry({ entry }: { entry: Item }) {
  const d = entry.data;
  return (
    <article class="report-entry" aria-labelledby={`r-entry-${entry.n}`}>
      <h3 id={`r-entry-${entry.n}`}>
        {t('journal.report.entryHeading', { n: entry.n, date: formatDateTime(d.occurredAt) })}
        {d.kind === 'notice' && ` — ${t('journal.badge.notice')}`}
      </h3>
      <p class="meta">
        {entry.importedFrom ? importedLine(entry.importedFrom.info, entry.recordedAt, entry.importedFrom.happened)
          : entry.lateAbout !== null ? lateLine(entry.recordedAt, entry.lateAbout)
          : `${t('journal.field.recordedAt')}: ${formatDateTime(entry.recordedAt, { dateStyle: 'medium', timeStyle: 'medium' })}`}
        {entry.afterNotice && ` · ${t('journal.badge.after')}`}
        {entry.inOrder && ` · ${t('journal.badge.order')}`}
        {entry.clockBehind.length > 0 && ` · ${t('journal.clockBehind.report', { versions: entry.clockBehind.join(', ') })}`}
        {entry.exhibits.length > 0 && ` · ${t('journal.report.exhibitRefs', { list: entry.exhibits.map((x) => `#${x.n}`).join(', ') })}`}
      </p>
      <EntryFields data={d} only={[...SHOWN]} />
      {entry.amendments.length > 0 && (
        <div class="amendments">
          <h4>{t('journal.report.amendments', { count: entry.amendments.length })}</h4>
          {entry.amendments.map((a) => (
            <div key={a.version} class="amendment">
              <p class="meta">
                {t(a.version === 1 ? 'journal.history.original' : 'journal.history.amendment', { n: a.version, date: formatDateTime(a.recordedAt, { dateStyle: 'medium', timeStyle: 'medium' }) })}
                {' · '}{t('journal.history.changedLater', { fields: fieldNames(a.changed) || '—' })}
                {a.clockBehind && ` · ${t('journal.badge.clockBehind')}`}
              </p>
              <EntryFields data={a.data} only={a.changed} />
              <p class="meta mono break">{t('journal.report.versionHash', { hash: a.hash })}</p>
            </div>
          ))}
        </div>
      )}
      <p class="meta mono break">{t('journal.report.versionHash', { hash: entry.hash })}</p>
    </article>
  );
}
