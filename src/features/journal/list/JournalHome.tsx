// The journal's home, entries first: the heading with New entry, one row of search, filters
// and the other tools, then the windowed list or timeline (newest first); tips and checks below.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { t, formatNumber, formatDateTime } from '../../../i18n';
import { VirtualList } from '../../../ui/VirtualList';
import type { Entry } from '../record/chain';
import type { Journal } from '../store';
import { isAfterNotice } from '../model';
import { filterEntries, SearchIndex } from './search';
import { Filters, toFilter, type FilterInputs } from './Filters';
import { EntryRow, MONTH_PX, ROW_PX } from './EntryRow';
import { VerifyPanel } from '../record/VerifyPanel';
import { FingerprintShare } from '../record/FingerprintShare';
import { Advice } from './Advice';
import { LogAgain, recentKinds, useStableKinds } from '../entry/LogAgain';
import { UnfinishedEntry } from './UnfinishedEntry';
import { LockedInbox } from './LockedInbox';
import { SharedInbox } from '../../import/SharedInbox';
import { UnreadableEntries } from './UnreadableEntries';
import { useAsync } from '../../../ui/useAsync';
import { loadPerson } from '../store';
import { orderSpan, withinOrder } from '../person/person';

export type ListMode = 'list' | 'timeline';
type Row = { type: 'entry'; entry: Entry } | { type: 'month'; key: string; label: string };

// One folded-text cache per journal snapshot, kept across visits to the list.
const indexes = new WeakMap<Journal, SearchIndex>();
function indexFor(journal: Journal): SearchIndex {
  let index = indexes.get(journal);
  if (!index) indexes.set(journal, (index = new SearchIndex()));
  return index;
}

function toRows(entries: Entry[], mode: ListMode): Row[] {
  if (mode === 'list') return entries.map((entry) => ({ type: 'entry', entry }));
  const rows: Row[] = [];
  let month = '';
  for (const entry of entries) {
    const d = new Date(entry.current.occurredAt);
    const key = `${d.getFullYear()}-${d.getMonth()}`;
    if (key !== month) rows.push({ type: 'month', key: (month = key), label: formatDateTime(d, { year: 'numeric', month: 'long' }) });
    rows.push({ type: 'entry', entry });
  }
  return rows;
}

const heightOf = (row: Row) => (row.type === 'month' ? MONTH_PX : ROW_PX);
const keyOf = (row: Row) => (row.type === 'month' ? `m${row.key}` : row.entry.id);
const isEntry = (row: Row) => row.type === 'entry';

export interface HomeProps {
  journal: Journal;
  inputs: FilterInputs;
  setInputs(next: FilterInputs): void;
  mode: ListMode;
  setMode(mode: ListMode): void;
  status: string;
  onOpen(id: string): void;
  onNew(): void;
  onTool(view: 'person' | 'patterns' | 'report' | 'import'): void;
  /** A file shared into the app, to import (issue 25). */
  onImportShared(id: string): void;
}

/** Patterns, the person, the report and the list's look: folded behind one button. */
function Tools({ props }: { props: HomeProps }) {
  const [open, setOpen] = useState(false);
  const { mode } = props;
  return (
    <>
      <button type="button" class="secondary" aria-expanded={open} aria-controls="j-tools" onClick={() => setOpen(!open)}>
        {t('journal.tools.more')}
      </button>
      <div id="j-tools" class="tools-panel card" hidden={!open}>
        <div class="row">
          <button type="button" class="secondary" onClick={() => props.onTool('report')}>{t('journal.report.export')}</button>
          <button type="button" class="secondary" onClick={() => props.onTool('import')}>{t('import.open')}</button>
          <button type="button" class="secondary" onClick={() => props.onTool('patterns')}>{t('journal.patterns.open')}</button>
          <button type="button" class="secondary" onClick={() => props.onTool('person')}>{t('journal.person.open')}</button>
        </div>
        <div class="row" role="group" aria-label={t('journal.list.view')}>
          <button type="button" class="secondary" aria-pressed={mode === 'list'} onClick={() => props.setMode('list')}>{t('journal.list.asList')}</button>
          <button type="button" class="secondary" aria-pressed={mode === 'timeline'} onClick={() => props.setMode('timeline')}>{t('journal.list.asTimeline')}</button>
        </div>
      </div>
    </>
  );
}

export function JournalHome(props: HomeProps) {
  const { journal, inputs, mode } = props;
  const index = indexFor(journal);
  const filter = useMemo(() => toFilter(inputs), [inputs]);
  const shown = useMemo(() => filterEntries(journal.entries, filter, index), [journal, filter]);
  const rows = useMemo(() => toRows(shown, mode), [shown, mode]);
  const recent = useStableKinds(useMemo(() => recentKinds(journal.entries), [journal]));
  // Incidents inside the protection order's dates are flagged in the list too (issue 13).
  const person = useAsync(loadPerson);
  const order = person.data ? orderSpan(person.data.person.order) : null;

  useEffect(() => {
    // Fold the text for search while the person reads, so the first keystroke is fast too.
    const warm = () => journal.entries.forEach((e) => index.textOf(e));
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(warm, 300);
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(warm, { timeout: 2000 });
    return () => cancelIdleCallback(idle);
  }, [journal]);

  const total = journal.entries.length;
  return (
    <section aria-labelledby="journal-title" class="journal-home">
      <div class="title-row">
        <h1 id="journal-title" tabIndex={-1}>{t('journal.title')}</h1>
        <button type="button" class="primary-action" onClick={props.onNew}>{t('journal.new')}</button>
      </div>
      <UnfinishedEntry onContinue={props.onNew} />
      <LockedInbox />
      <SharedInbox onImport={props.onImportShared} />
      <p role="status" class="success status-line">{props.status}</p>
      <LogAgain sources={recent} named />
      {total === 0 ? (
        <>
          <div class="row">
            <Tools props={props} />
          </div>
          <p class="card">{t('journal.list.empty')} {t('journal.advice.everything')}</p>
        </>
      ) : (
        <>
          <Filters value={inputs} onChange={props.setInputs} tools={<Tools props={props} />} />
          {/* Always in view, so entries that go missing are noticed (issue 12). */}
          {journal.last && (
            <p class="hint journal-summary">
              {t('journal.summary', { count: formatNumber(total), date: formatDateTime(journal.last.recordedAt) })}
            </p>
          )}
          <p class="hint list-head" aria-live="polite">{t('journal.list.count', { shown: formatNumber(shown.length), total: formatNumber(total) })}</p>
          {journal.noticeAt !== null && <p class="hint">{t('journal.list.noticeLine', { date: formatDateTime(journal.noticeAt) })}</p>}
          <VirtualList<Row> items={rows} heightOf={heightOf} keyOf={keyOf} isFocusable={isEntry} label={t('journal.list.label')}
            class={mode === 'timeline' ? 'timeline' : 'plain'}
            renderRow={(row, _i, focusable) => row.type === 'month'
              ? <h2 class="month">{row.label}</h2>
              : <EntryRow entry={row.entry} focusable={focusable} afterNotice={isAfterNotice(row.entry.current, journal.noticeAt)}
                inOrder={row.entry.current.kind === 'incident' && withinOrder(row.entry.current.occurredAt, order)} onOpen={props.onOpen} />} />
          <p class="hint keys-hint">{t('journal.list.keys')}</p>
        </>
      )}
      <UnreadableEntries records={journal.unreadable} />
      <Advice />
      <VerifyPanel />
      <FingerprintShare journal={journal} />
    </section>
  );
}
