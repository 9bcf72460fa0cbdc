// The journal snapshot for views: the newest entries at once after an unlock, then the whole
// journal once the vault has loaded it; refreshes after every save.
import { useEffect, useState } from 'preact/hooks';
import { firstJournal, loadJournal, onJournalChange, type Journal } from './store';

export interface JournalState { journal: Journal | undefined; error: unknown }

export function useJournal(): JournalState {
  const [state, setState] = useState<JournalState>({ journal: undefined, error: undefined });
  useEffect(() => {
    let live = true;
    let whole = false;
    const load = () => loadJournal().then(
      (journal) => {
        whole = true;
        if (live) setState({ journal, error: undefined });
      },
      (error: unknown) => live && setState((s) => ({ ...s, error })),
    );
    // The newest first (unless the whole journal came already): painted while older ones load.
    firstJournal().then((journal) => live && !whole && setState({ journal, error: undefined }), () => undefined);
    void load();
    const stop = onJournalChange(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, []);
  return state;
}
