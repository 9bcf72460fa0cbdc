// The printable report: summary, the person, every entry oldest first with amendments,
// numbered exhibits with fingerprints, and the chain's fingerprint.
import { useMemo } from 'preact/hooks';
import { t, getLang, formatDate, formatDateTime, formatNumber } from '../../../i18n';
import type { Report } from './report';
import type { VerifyResult } from '../record/chain';
import { lines, type Person } from '../person/person';
import { channelLabel, sizeLabel, sparcLabel } from '../labels';
import { CHANNELS, SPARC } from '../model';
import type { NoticeText } from './noticeTexts';
import { ReportNotices } from './ReportNotices';
import { ReportEntry } from './ReportEntry';
import { ReportPerson } from './ReportPerson';

export interface DocProps {
  report: Report;
  person: Person | null;
  thumbs: Map<string, string>;
  generatedAt: number;
  omitted: string[];
  verify: VerifyResult | undefined;
  /** The sent text of each notice, by entry id (undefined while it loads). */
  notices?: Map<string, NoticeText | null>;
}

const counts = (incidents: number, contacts: number) =>
  t('journal.report.countsValue', { incidents: formatNumber(incidents), contacts: formatNumber(contacts) });

export function ReportDocument({ report, person, thumbs, generatedAt, omitted, verify, notices }: DocProps) {
  const { summary, entries, exhibits } = report;
  // The same vnode is reused while the entries are unchanged, so Preact skips re-diffing a
  // thousand entries when only the chain check or the thumbnails arrive.
  const entryList = useMemo(() => (
    <section aria-labelledby="r-entries">
      <h3 id="r-entries">{t('journal.report.entries')}</h3>
      {entries.map((e) => <ReportEntry key={e.id} entry={e} />)}
    </section>
  ), [entries, getLang()]);
  const period = summary.from === null ? t('journal.report.noEntries')
    : t('journal.report.periodValue', { from: formatDate(summary.from), to: formatDate(summary.to ?? summary.from) });
  return (
    <div class="report-doc" lang={document.documentElement.lang}>
      <h2 class="report-title">{t('journal.report.docTitle')}</h2>
      <p class="meta">{t('journal.report.generated', { date: formatDateTime(generatedAt) })}</p>
      <section aria-labelledby="r-summary">
        <h3 id="r-summary">{t('journal.report.summary')}</h3>
        <dl class="fields">
          <dt>{t('journal.report.period')}</dt><dd>{period}</dd>
          <dt>{t('journal.report.incidents')}</dt><dd>{counts(summary.incidents, summary.contacts)}</dd>
          {summary.noticeAt !== null && (
            <>
              <dt>{t('journal.patterns.noticeSent')}</dt><dd>{formatDateTime(summary.noticeAt)}</dd>
              <dt>{t('journal.patterns.before')}</dt><dd>{counts(summary.before, summary.beforeContacts)}</dd>
              <dt>{t('journal.patterns.after')}</dt><dd>{counts(summary.after, summary.afterContacts)}</dd>
            </>
          )}
          {summary.order && (
            <>
              <dt>{t('journal.report.duringOrder')}</dt>
              <dd>{counts(summary.order.incidents, summary.order.contacts)} ({[summary.order.from, summary.order.to].map((d) => (d === null ? '…' : formatDate(d))).join(' – ')})</dd>
            </>
          )}
        </dl>
        {Object.keys(summary.byChannel).length > 0 && (
          <table class="counts">
            <caption>{t('journal.report.byChannelContacts')}</caption>
            <thead><tr><th scope="col">{t('journal.field.how')}</th><th scope="col">{t('journal.report.contacts')}</th></tr></thead>
            <tbody>
              {CHANNELS.filter((c) => summary.byChannel[c]).map((c) => (
                <tr key={c}><th scope="row">{channelLabel(c)}</th><td>{formatNumber(summary.byChannel[c]!)}</td></tr>
              ))}
            </tbody>
          </table>
        )}
        {Object.keys(summary.bySparc).length > 0 && (
          <table class="counts">
            <caption>{t('journal.report.bySparc')}</caption>
            <tbody>
              {SPARC.filter((k) => summary.bySparc[k]).map((k) => (
                <tr key={k}><th scope="row">{sparcLabel(k)}</th><td>{formatNumber(summary.bySparc[k]!)}</td></tr>
              ))}
            </tbody>
          </table>
        )}
        {omitted.length > 0 && <p class="meta">{t('journal.report.omittedNote', { fields: omitted.join(', ') })}</p>}
        {summary.redactions > 0 && <p class="meta">{t('journal.report.redactedNote', { count: formatNumber(summary.redactions) })}</p>}
      </section>
      {person && <ReportPerson person={person} photo={person.photo?.thumbId ? thumbs.get(person.photo.thumbId) : undefined} lines={lines} />}
      {entryList}
      <ReportNotices report={report} texts={notices} />
      {exhibits.length > 0 && (
        <section aria-labelledby="r-exhibits">
          <h3 id="r-exhibits">{t('journal.report.exhibits')}</h3>
          <ol class="exhibits">
            {exhibits.map((x) => {
              const url = x.ref.thumbId ? thumbs.get(x.ref.thumbId) : undefined;
              return (
                <li key={`${x.n}`} class="exhibit">
                  {url && <img src={url} data-thumb={x.ref.thumbId} alt={t('journal.report.exhibitAlt', { n: x.n })} class="thumb" />}
                  <div>
                    <p><strong>{t('journal.report.exhibit', { n: x.n })}</strong> {x.ref.name} · {sizeLabel(x.ref.size)} · {x.ref.type}</p>
                    <p class="meta">{t('journal.report.exhibitOf', { n: x.entryNumber })} · {t('journal.evidence.addedAt', { date: formatDateTime(x.ref.addedAt) })}</p>
                    <p class="meta">{t('journal.evidence.sha')} <span class="mono break">{x.ref.sha256}</span></p>
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      )}
      <section aria-labelledby="r-integrity">
        <h3 id="r-integrity">{t('journal.report.integrity')}</h3>
        {verify ? (
          <>
            <p>{verify.ok ? t('journal.verify.ok', { count: formatNumber(verify.count) }) : t('journal.verify.broken', { count: formatNumber(verify.breaks.length) })}</p>
            <p>{t('journal.verify.fingerprint')} <span class="mono break">{verify.fingerprint}</span></p>
          </>
        ) : <p>{t('journal.verify.running')}</p>}
        <p class="meta">{t('journal.report.integrityExplain')}</p>
      </section>
    </div>
  );
}
