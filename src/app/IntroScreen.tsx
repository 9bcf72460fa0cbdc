// First-run safety screen (the GOV.UK "interruption page"), shown before setup: how Quick exit
// and its shortcuts work, what a web app cannot hide, a safer device, and how to come back.
import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import './intro.css';

type Leaves = ComponentType<{ inline?: boolean }>;
/** The page and its long texts load when asked for (precached, so offline too): they are not part of the first screen's bytes. */
const loadLeaves = () => import('../features/settings/LeavesPage').then((m) => m.LeavesPage as Leaves);

export function IntroScreen({ onContinue }: { onContinue(): void }) {
  const [leaves, setLeaves] = useState(false);
  const [Leaves, setLeavesPage] = useState<Leaves | null>(null);
  const toggle = () => {
    if (!leaves && !Leaves) void loadLeaves().then((page) => setLeavesPage(() => page), () => undefined);
    setLeaves(!leaves);
  };
  return (
    <section class="narrow intro" aria-labelledby="intro-title">
      <LanguageSwitch visibleLabel />
      <h1 id="intro-title" tabIndex={-1}>{t('intro.title')}</h1>
      <p class="intro-lead">{t('intro.lead')}</p>
      <h2>{t('intro.exitTitle')}</h2>
      <ul>
        <li>{t('intro.exit')}</li>
        <li>{t('intro.shortcuts')}</li>
        <li>{t('intro.drafts')}</li>
        <li>{t('intro.back')}</li>
      </ul>
      <h2>{t('intro.limitsTitle')}</h2>
      <ul>
        <li>{t('intro.history')}</li>
        <li>{t('intro.device')}</li>
      </ul>
      <p>
        <button type="button" class="secondary" aria-expanded={leaves} aria-controls="intro-leaves" onClick={toggle}>
          {t('disguise.leaves.title')}
        </button>
      </p>
      <div id="intro-leaves" hidden={!leaves}>{leaves && Leaves && <Leaves inline />}</div>
      <h2>{t('intro.returnTitle')}</h2>
      <p>{t('intro.return')}</p>
      <button type="button" class="intro-continue" onClick={onContinue}>{t('intro.continue')}</button>
    </section>
  );
}
