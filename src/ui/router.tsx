// In-memory navigation: screens change without touching the URL or the tab's history.
// Lives in ui/ so features can link to each other without importing the app shell.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export type ScreenId = 'journal' | 'letters' | 'plan' | 'resources' | 'settings';
export const SCREENS: readonly ScreenId[] = ['journal', 'letters', 'plan', 'resources', 'settings'];

export interface Route {
  screen: ScreenId;
  /** Optional sub-view a feature understands (for example a letter template id). */
  detail?: string;
}

export interface Navigator {
  route: Route;
  go(screen: ScreenId, detail?: string): void;
}

export const RouterContext = createContext<Navigator>({ route: { screen: 'journal' }, go: () => undefined });

export function useRouter(): Navigator {
  return useContext(RouterContext);
}
