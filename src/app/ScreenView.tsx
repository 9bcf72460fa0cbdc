// Maps the in-memory route to the feature screen that draws it. Features load after unlock,
// keeping the code before the lock screen small (they are precached, so this works offline).
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Route, RouteOf, ScreenId } from '../ui/router';
import { t } from '../i18n';

type Loaders = { [S in ScreenId]: () => Promise<ComponentType<{ route: RouteOf<S> }>> };
type AnyScreen = ComponentType<{ route: Route }>;

const LOADERS: Loaders = {
  journal: () => import('../features/journal/JournalScreen').then((m) => {
    m.warmJournal();
    return m.JournalScreen;
  }),
  letters: () => import('../features/letters/LettersScreen').then((m) => m.LettersScreen),
  plan: () => import('../features/safety-plan/PlanScreen').then((m) => m.PlanScreen),
  resources: () => import('../features/resources/ResourcesScreen').then((m) => m.ResourcesScreen),
  settings: () => import('../features/settings/SettingsScreen').then((m) => m.SettingsScreen),
};

const loaded = new Map<ScreenId, AnyScreen>();
let messages: Promise<void> | null = null;
const featureMessages = () => (messages ??= import('../i18n/features').then((m) => m.registerFeatureMessages()));

/**
 * A screen's code and the features' messages fetched ahead (the lock screen asks for the journal,
 * the first screen after unlock, while the person types): unlock then paints it without waiting
 * for its chunks (a third of unlock-to-list with 10,000 entries, issue 27).
 */
export function preloadScreen(screen: ScreenId): Promise<void> {
  if (loaded.has(screen)) return Promise.resolve();
  return Promise.all([LOADERS[screen](), featureMessages()]).then(([component]) => void loaded.set(screen, component as AnyScreen));
}

export function ScreenView({ route }: { route: Route }) {
  const [, setTick] = useState(0);
  const [failed, setFailed] = useState(false);
  const Screen = loaded.get(route.screen);
  useEffect(() => {
    if (loaded.has(route.screen)) return;
    let live = true;
    // Each loader draws its own screen's routes, and is only given those (see below).
    preloadScreen(route.screen).then(
      () => live && setTick((n) => n + 1),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [route.screen]);
  if (failed) return <p class="error" role="alert">{t('error.generic', { reason: route.screen })}</p>;
  if (!Screen) return <div class="boot" role="status" aria-label={t('app.loading')} />;
  return <Screen route={route} />;
}
