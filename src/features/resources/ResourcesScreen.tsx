// Resources: help lines for the chosen region, the step guide, and the person's own contacts.
import { t } from '../../i18n';
import { useRouter, type RouteOf } from '../../ui/router';
import { HotlineList } from './HotlineList';
import { MyContacts } from './MyContacts';
import { SafetyLine } from './SafetyLine';
import { StepGuide } from './StepGuide';
import { useHelpRegion } from './useHelpRegion';
import './resources.css';

const VIEWS = ['hotlines', 'steps', 'contacts'] as const;
type View = (typeof VIEWS)[number];

const ROUTES: Record<View, RouteOf<'resources'>> = {
  hotlines: { screen: 'resources' }, steps: { screen: 'resources', sub: { to: 'steps' } }, contacts: { screen: 'resources', sub: { to: 'contacts' } },
};

export function ResourcesScreen({ route }: { route: RouteOf<'resources'> }) {
  const { go } = useRouter();
  const help = useHelpRegion();
  const view: View = route.sub?.to ?? 'hotlines';

  return (
    <section aria-labelledby="resources-title" class="resources">
      <h1 id="resources-title" tabIndex={-1}>{t('resources.title')}</h1>
      <div class="subnav" role="group" aria-label={t('resources.views')}>
        {VIEWS.map((id) => (
          <button key={id} type="button" class="secondary" aria-current={view === id ? 'true' : undefined} onClick={() => go(ROUTES[id])}>
            {t(`resources.view.${id}`)}
          </button>
        ))}
      </div>
      <div>
        {view === 'hotlines' && <HotlineList help={help} />}
        {view === 'steps' && <StepGuide openBlocking={route.sub?.to === 'steps' && route.sub.blocking === true} />}
        {view === 'contacts' && <MyContacts />}
      </div>
      <SafetyLine region={help.region} />
    </section>
  );
}
