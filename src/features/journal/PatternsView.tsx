// Patterns: how often, through which channels, before and after the no-contact notice, and
// which channels or places are new.
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { t, formatDate, formatDateTime, formatNumber } from '../../i18n';
import type { Journal } from './store';
import { firstAppearances, noticeSplit, weeklyCounts } from './patterns';
import { channelLabel } from './labels';
import type { Channel } from './model';
import { WeeklyChart } from './WeeklyChart';

export function PatternsView({ journal, onBack }: { journal: Journal; onBack(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { entries, noticeAt } = journal;
  const weeks = useMemo(() => weeklyCounts(entries, noticeAt), [entries, noticeAt]);
  const split = useMemo(() => noticeSplit(entries, noticeAt, Date.now()), [entries, noticeAt]);
  const firsts = useMemo(() => firstAppearances(entries), [entries]);
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
