// Patterns: how often, through which channels, before and after the no-contact notice, by
// SPARC kind, during the protection order, and which channels or places are new.
import { Fragment } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { t, formatDate, formatDateTime, formatNumber } from '../../../i18n';
import type { Journal } from '../store';
import { firstAppearances, kindCounts, noticeSplit, weeklyCounts } from './patterns';
import { channelLabel, sparcLabel } from '../labels';
import { SPARC, type Channel } from '../model';
import { loadPerson } from '../store';
import { useAsync } from '../../../ui/useAsync';
import { WeeklyChart } from './WeeklyChart';

export function PatternsView({ journal, onBack }: { journal: Journal; onBack(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { entries, noticeAt } = journal;
  const weeks = useMemo(() => weeklyCounts(entries, noticeAt), [entries, noticeAt]);
  const split = useMemo(() => noticeSplit(entries, noticeAt, Date.now()), [entries, noticeAt]);
  const firsts = useMemo(() => firstAppearances(entries), [entries]);
  const person = useAsync(loadPerson);
  const kinds = useMemo(() => kindCounts(entries, person.data?.person.order), [entries, person.data]);
  const counts = (c: { incidents: number; contacts: number }) =>
    t('journal.report.countsValue', { incidents: formatNumber(c.incidents), contacts: formatNumber(c.contacts) });
  return (
    <section aria-labelledby="j-patterns-title" class="patterns">
      <button type="button" class="secondary" onClick={onBack}>{t('journal.back')}</button>
      <h1 id="j-patterns-title" ref={heading} tabIndex={-1}>{t('journal.patterns.title')}</h1>
      <p class="hint">{t('journal.patterns.explain')}</p>
      <h2>{t('journal.patterns.notice')}</h2>
      {noticeAt === null ? (
        <p>{t('journal.patterns.noNotice', { count: formatNumber(split.before) })}</p>
      ) : (
        <dl class="fields split">
          <dt>{t('journal.patterns.noticeSent')}</dt><dd>{formatDateTime(noticeAt)}</dd>
          <dt>{t('journal.patterns.before')}</dt><dd>{t('journal.patterns.contactsRate', { incidents: formatNumber(split.before), contacts: formatNumber(split.beforeContacts), rate: formatNumber(split.beforePerWeek) })}</dd>
          <dt>{t('journal.patterns.after')}</dt><dd>{t('journal.patterns.contactsRate', { incidents: formatNumber(split.after), contacts: formatNumber(split.afterContacts), rate: formatNumber(split.afterPerWeek) })}</dd>
        </dl>
      )}
      <h2>{t('journal.pdf.chart')}</h2>
      {weeks.length ? <WeeklyChart weeks={weeks} noticeAt={noticeAt} /> : <p>{t('journal.patterns.none')}</p>}
      <h2>{t('journal.patterns.sparc')}</h2>
      <p class="hint">{t('journal.patterns.sparcExplain')}</p>
      {SPARC.some((k) => kinds.bySparc[k]) ? (
        <dl class="fields split">
          {SPARC.filter((k) => kinds.bySparc[k]).map((k) => <Fragment key={k}><dt>{sparcLabel(k)}</dt><dd>{counts(kinds.bySparc[k]!)}</dd></Fragment>)}
        </dl>
      ) : <p>{t('journal.patterns.none')}</p>}
      {kinds.order && (
        <>
          <h2>{t('journal.report.duringOrder')}</h2>
          <p>{counts(kinds.order)} ({[kinds.order.from, kinds.order.to].map((d) => (d === null ? '…' : formatDate(d))).join(' – ')})</p>
        </>
      )}
      <h2>{t('journal.patterns.new')}</h2>
      {firsts.length ? (
        <ol class="firsts">
          {firsts.map((f) => (
            <li key={`${f.kind}${f.value}`}>
              <time dateTime={new Date(f.at).toISOString()}>{formatDate(f.at)}</time>{' — '}
              {f.kind === 'channel'
                ? t('journal.patterns.firstChannel', { channel: channelLabel(f.value as Channel) })
                : t('journal.patterns.firstPlace', { place: f.value })}
            </li>
          ))}
        </ol>
      ) : <p>{t('journal.patterns.none')}</p>}
    </section>
  );
}
