// The optional step right after the passphrase is created: the look (Daybook, Notes, Weather)
// with how to get in under it and a practice round, then the duress passphrase. The same
// components as Settings (which keeps all of it); skipped in one tap; loaded only when shown.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { readPrefs, type DisguiseId } from '../../exit';
import { DisguiseChoice } from './DisguiseChoice';
import { HowToGetIn } from './DisguiseGuide';
import { NotesFrontSettings, WeatherFrontSettings } from './FrontSettings';
import { DuressSettings } from '../backup/DuressSettings';
import './disguise.css';
import '../backup/backup.css';

export function DisguiseStep({ onDone }: { onDone(): void }) {
  const [look, setLook] = useState<DisguiseId>(() => readPrefs().disguise);
  const title = useRef<HTMLHeadingElement>(null);
  // A new screen: at its top, its heading read first (the setup screen was scrolled to its button).
  useEffect(() => {
    scrollTo(0, 0);
    title.current?.focus({ preventScroll: true });
  }, []);

  return (
    <section class="narrow disguise-step" aria-labelledby="step-title">
      <h1 id="step-title" tabIndex={-1} ref={title}>{t('disguise.step.title')}</h1>
      <p>{t('disguise.step.intro')}</p>
      <p class="hint">{t('disguise.step.later')}</p>
      <button type="button" class="secondary" onClick={onDone}>{t('disguise.step.skip')}</button>
      <h2>{t('disguise.step.look')}</h2>
      {/* The way in under each look comes before the choice, as in Settings. */}
      <HowToGetIn />
      <DisguiseChoice onChosen={setLook} />
      {/* The chosen front's own settings, with its practice round. */}
      {look === 'notes' && <NotesFrontSettings />}
      {look === 'weather' && <WeatherFrontSettings />}
      <h2>{t('disguise.step.duress')}</h2>
      <p class="hint">{t('disguise.step.duressHint')}</p>
      <DuressSettings />
      <p>
        <button type="button" onClick={onDone}>{t('disguise.step.done')}</button>
      </p>
    </section>
  );
}
