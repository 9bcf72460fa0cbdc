// The journal screen: switches, by route, between the list, the entry form, one entry, the
// person profile, the protection order, the patterns and the report.
import { useEffect, useState } from 'preact/hooks';
import { getLang, message, pluralCategory, say, t, type Message } from '../../i18n';
import { languageInfo } from '../../i18n/languages';
import { deviceZone, isZone } from '../../lib/zone';
import { useRouter, type RouteOf, type SubRoutes } from '../../ui/router';
import { errorMessage } from '../../ui/errors';
import { useJournal } from './useJournal';
import { JournalHome, type ListMode } from './list/JournalHome';
import { EntryForm } from './entry/EntryForm';
import { EntryDetail } from './entry/EntryDetail';
import { PersonForm } from './person/PersonForm';
import { OrderForm } from './person/OrderForm';
import { PatternsView } from './patterns/PatternsView';
import { ReportView } from './report/ReportView';
import { ImportScreen } from '../import/ImportScreen';
import { recoverImports } from '../import/store';
import { NO_INPUTS, type FilterInputs } from './list/Filters';
import './journal.css';

type View = SubRoutes['journal'] | { to: 'list' };

/**
 * The platform's time-zone and plural data opened once, ahead of the first list (each entry's zone
 * is checked, the count line is a plural): their first use costs tens of ms, on unlock's path to
 * the newest entries otherwise (issue 27). Run when this screen's code loads.
 */
export function warmJournal(): void {
  isZone(deviceZone());
  pluralCategory(languageInfo(getLang()).locale, 2);
}

export function JournalScreen({ route }: { route: RouteOf<'journal'> }) {
  const { journal, error } = useJournal();
  const router = useRouter();
  const view: View = route.sub ?? { to: 'list' };
  const [inputs, setInputs] = useState<FilterInputs>(NO_INPUTS);
  const [mode, setMode] = useState<ListMode>('list');
  const [status, setStatus] = useState<Message | null>(null);
  // After an unlock: what an import killed midway stored, before its entries were written, goes.
  useEffect(() => void recoverImports().catch(() => undefined), []);

  // Kept by key, so a language switch re-translates it (a stored "Saved." stayed English).
  const go = (next: View, note: Message | null = null) => {
    setStatus(note);
    router.go(next.to === 'list' ? { screen: 'journal' } : { screen: 'journal', sub: next });
  };
  const home = () => go({ to: 'list' });

  if (error && !journal) {
    return (
      <section aria-labelledby="journal-title">
        <h1 id="journal-title" tabIndex={-1}>{t('journal.title')}</h1>
        <p role="alert" class="error">{t('journal.loadFailed', { reason: errorMessage(error) })}</p>
      </section>
    );
  }
  if (!journal) {
    return (
      <section aria-labelledby="journal-title" aria-busy="true">
        <h1 id="journal-title" tabIndex={-1}>{t('journal.title')}</h1>
        <p role="status" class="hint">{t('journal.loading')}</p>
      </section>
    );
  }

  const find = (id: string) => journal.entries.find((e) => e.id === id);
  // Older entries still loading after an unlock: what needs all of them (or one not loaded yet) waits, saying so.
  const waits = journal.partial && (view.to === 'patterns' || view.to === 'report' || ((view.to === 'entry' || view.to === 'edit') && !find(view.id)));
  if (waits) {
    return (
      <section aria-labelledby="journal-title" aria-busy="true">
        <h1 id="journal-title" tabIndex={-1}>{t('journal.title')}</h1>
        <p role="status" class="hint">{t('journal.older.loading')}</p>
      </section>
    );
  }
  // After a save the list shows, the new entry on top: ready for the next one.
  const saved = (id?: string) => go({ to: 'list' }, id ? message('journal.saved') : null);
  switch (view.to) {
    case 'new':
      return <EntryForm onDone={saved} />;
    case 'edit': {
      const entry = find(view.id);
      return entry ? <EntryForm key={entry.id} entry={entry} onDone={(id) => go({ to: 'entry', id: entry.id }, id ? message('journal.saved') : null)} /> : null;
    }
    case 'entry': {
      const entry = find(view.id);
      if (!entry) return <JournalHome {...homeProps()} />;
      return <EntryDetail entry={entry} noticeAt={journal.noticeAt} status={say(status)} onBack={home} onEdit={() => go({ to: 'edit', id: entry.id })} />;
    }
    case 'person':
      return <PersonForm onBack={home} />;
    case 'order':
      return <OrderForm onBack={home} />;
    case 'patterns':
      return <PatternsView journal={journal} onBack={home} />;
    case 'report':
      return <ReportView journal={journal} onBack={home} />;
    case 'import':
      return <ImportScreen key={view.shared ?? ''} shared={view.shared} onBack={home} onDone={(note) => go({ to: 'list' }, note)} />;
    default:
      return <JournalHome {...homeProps()} />;
  }

  function homeProps() {
    return {
      journal: journal!, inputs, setInputs, mode, setMode, status: say(status),
      onOpen: (id: string) => go({ to: 'entry', id }),
      onNew: () => go({ to: 'new' }),
      onTool: (to: 'person' | 'order' | 'patterns' | 'report' | 'import') => go({ to }),
      onImportShared: (shared: string) => go({ to: 'import', shared }),
    };
  }
}
