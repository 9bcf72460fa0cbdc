// The country whose help lines are shown: the saved (encrypted) choice, else one guessed from the browser.
import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../ui/errors';
import { COUNTRIES } from './data';
import { findRegion, type Country } from './model';
import { loadHelpPrefs, saveHelpPrefs } from './store';

const browserTags = (): readonly string[] => (typeof navigator === 'undefined' ? [] : navigator.languages ?? []);

export function guessRegion(): Country {
  return findRegion(COUNTRIES, undefined, browserTags()) ?? COUNTRIES[0]!;
}

export interface HelpRegion {
  region: Country;
  /** False until the saved choice has been read (or failed to be): until then `region` is only a guess. */
  settled: boolean;
  choose(id: string): Promise<void>;
  error: string;
}

export function useHelpRegion(): HelpRegion {
  const [region, setRegion] = useState<Country>(guessRegion);
  const [error, setError] = useState('');
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    let live = true;
    loadHelpPrefs().then(
      (prefs) => {
        if (!live) return;
        setRegion(findRegion(COUNTRIES, prefs.region, browserTags()) ?? COUNTRIES[0]!);
        setSettled(true);
      },
      (err: unknown) => {
        if (!live) return;
        setError(errorMessage(err));
        setSettled(true);
      },
    );
    return () => {
      live = false;
    };
  }, []);
  async function choose(id: string) {
    const next = COUNTRIES.find((r) => r.id === id);
    if (!next) return;
    const previous = region;
    setRegion(next);
    setError('');
    try {
      await saveHelpPrefs({ region: id });
    } catch (err) {
      setRegion(previous);
      setError(errorMessage(err));
    }
  }
  return { region, settled, choose, error };
}
