// The journal snapshot for views: loads once, refreshes after every save.
import { useEffect, useState } from 'preact/hooks';
import { loadJournal, onJournalChange, type Journal } from './store';

export interface JournalState { journal: Journal | undefined; error: unknown }

export function useJournal(): JournalState {
  const [state, setState] = useState<JournalState>({ journal: undefined, error: undefined });
  useEffect(() => {
    let live = true;
    const load = () => loadJournal().then(
      (journal) => live && setState({ journal, error: undefined }),
      (error: unknown) => live && setState((s) => ({ ...s, error })),
    );
    void load();
    const stop = onJournalChange(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, []);
  return state;
}
