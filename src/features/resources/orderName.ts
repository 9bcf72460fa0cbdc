// The local name of a protection order in the chosen country ("ordonnance de protection"), for the
// journal's order fields and the report (issue 26): the saved country, else the browser's guess.
import { useEffect, useState } from 'preact/hooks';
import { COUNTRIES } from './data';
import { findRegion } from './model';
import { loadHelpPrefs } from './store';

const browserTags = (): readonly string[] => (typeof navigator === 'undefined' ? [] : navigator.languages ?? []);

export async function loadOrderName(): Promise<string> {
  const prefs = await loadHelpPrefs().catch(() => ({ region: undefined }));
  return findRegion(COUNTRIES, prefs.region, browserTags())?.protectionOrder?.local ?? '';
}

/** '' until read, or where the research has no local name. */
export function useOrderName(): string {
  const [name, setName] = useState('');
  useEffect(() => {
    let live = true;
    void loadOrderName().then((found) => { if (live) setName(found); });
    return () => { live = false; };
  }, []);
  return name;
}
