// Maps the in-memory route to the feature screen that draws it.
import type { Route } from '../ui/router';
import { JournalScreen } from '../features/journal/JournalScreen';
import { LettersScreen } from '../features/letters/LettersScreen';
import { PlanScreen } from '../features/safety-plan/PlanScreen';
import { ResourcesScreen } from '../features/resources/ResourcesScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';

export function ScreenView({ route }: { route: Route }) {
  switch (route.screen) {
    case 'journal': return <JournalScreen detail={route.detail} />;
    case 'letters': return <LettersScreen detail={route.detail} />;
    case 'plan': return <PlanScreen detail={route.detail} />;
    case 'resources': return <ResourcesScreen detail={route.detail} />;
    case 'settings': return <SettingsScreen detail={route.detail} />;
  }
}
