// Resources: help lines for the chosen region, the step guide, and the person's own contacts.
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n';
import { useRouter } from '../../ui/router';
import { HotlineList } from './HotlineList';
import { MyContacts } from './MyContacts';
import { SafetyLine } from './SafetyLine';
import { StepGuide } from './StepGuide';
import { useHelpRegion } from './useHelpRegion';
import './resources.css';

const VIEWS = ['hotlines', 'steps', 'contacts'] as const;
type View = (typeof VIEWS)[number];

/** 'block' opens the step guide with the blocking instructions unfolded. */
function viewFor(detail: string | undefined): View {
  if (detail === 'steps' || detail === 'block') return 'steps';
  return detail === 'contacts' ? 'contacts' : 'hotlines';
}

export function ResourcesScreen({ detail }: { detail?: string }) {
  const { go } = useRouter();
  const help = useHelpRegion();
  const view = viewFor(detail);
  const body = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  // Switching part moves focus to its heading; arriving from another screen, the shell focuses the h1.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    body.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [detail]);

  return (
    <section aria-labelledby="resources-title" class="resources">
      <h1 id="resources-title" tabIndex={-1}>{t('resources.title')}</h1>
      <div class="subnav" role="group" aria-label={t('resources.views')}>
        {VIEWS.map((id) => (
          <button key={id} type="button" class="secondary" aria-current={view === id ? 'true' : undefined} onClick={() => go('resources', id)}>
            {t(`resources.view.${id}`)}
          </button>
        ))}
      </div>
      <div ref={body}>
        {view === 'hotlines' && <HotlineList help={help} />}
        {view === 'steps' && <StepGuide openBlocking={detail === 'block'} />}
        {view === 'contacts' && <MyContacts />}
      </div>
      <SafetyLine region={help.region} />
    </section>
  );
}
