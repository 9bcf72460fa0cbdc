// The typed route map: which screen, and which sub-screen of it, with no strings to parse.
// Navigation is in memory (the URL never changes); the app shell owns the one history entry.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export type ScreenId = 'journal' | 'letters' | 'plan' | 'resources' | 'settings';
export const SCREENS: readonly ScreenId[] = ['journal', 'letters', 'plan', 'resources', 'settings'];

/** Each screen's sub-screens. Ids of templates and plan parts are checked by their feature. */
export interface SubRoutes {
  journal:
    | { to: 'new' } | { to: 'entry'; id: string } | { to: 'edit'; id: string }
    | { to: 'person' } | { to: 'order' } | { to: 'patterns' } | { to: 'report' } | { to: 'import'; shared?: string };
  letters: { to: 'new'; template: string } | { to: 'letter'; id: string; justSent?: boolean } | { to: 'deleted' };
  plan: { to: 'section'; id: string } | { to: 'print' };
  resources: { to: 'steps'; blocking?: boolean } | { to: 'contacts' };
  settings: { to: 'leaves' } | { to: 'restore' };
}

export type Route = { [S in ScreenId]: { screen: S; sub?: SubRoutes[S] } }[ScreenId];

/** A route of one screen, for that screen's own view to switch on. */
export type RouteOf<S extends ScreenId> = { screen: S; sub?: SubRoutes[S] };

/** Sub-screens that are still the screen's top level (a message on the home view, say). */
const TOP_LEVEL_SUBS: ReadonlySet<string> = new Set(['deleted']);

/** One level up, or null at a screen's top: what Back shows next. */
export function parentOf(route: Route): Route | null {
  const sub = route.sub;
  if (!sub || TOP_LEVEL_SUBS.has(sub.to)) return null;
  if (route.screen === 'journal' && sub.to === 'edit') return { screen: 'journal', sub: { to: 'entry', id: sub.id } };
  return { screen: route.screen } as Route;
}

export function isSubScreen(route: Route): boolean {
  return parentOf(route) !== null;
}

/** A stable text for a route, for effects that run when the place changes (not for parsing). */
export function routeKey(route: Route): string {
  return JSON.stringify([route.screen, route.sub ?? null]);
}

export interface Navigator {
  route: Route;
  go(route: Route): void;
}

export const RouterContext = createContext<Navigator>({ route: { screen: 'journal' }, go: () => undefined });

export function useRouter(): Navigator {
  return useContext(RouterContext);
}
