// How to get in under each disguise, a practice round on the real front (with a practice
// word, never the passphrase), and what a disguise does not hide. Shown in Settings before the
// choice, and in the optional step after setup. Plain text throughout, so screen readers get all of it.
import { useRef, useState } from 'preact/hooks';
import { getLang, t } from '../../i18n';
import { disguiseName, readPrefs } from '../../exit';
import { NotesFront } from '../../ui/fronts/NotesFront';
import { WeatherFront } from '../../ui/fronts/WeatherFront';
import { parseNotes, unitFor } from '../../ui/fronts/model';
import { homePlace } from '../../ui/fronts/intl-kept';
import type { Attempt } from '../../ui/fronts/FrontSearch';
import { heading, type HeadingLevel } from '../../ui/fronts/heading';

type Front = 'notes' | 'weather';

type Level = 2 | 3;

export function HowToGetIn({ level = 3 }: { level?: Level }) {
  const Heading = heading(level);
  return (
    <div class="disguise-how">
      <Heading>{t('disguise.how.title')}</Heading>
      <ul>
        <li>{t('disguise.how.daybook')}</li>
        <li>{t('disguise.how.notes')}</li>
        <li>{t('disguise.how.weather')}</li>
      </ul>
      <p class="hint">{t('disguise.how.visible')}</p>
      <p class="hint">{t('disguise.how.exit')}</p>
    </div>
  );
}

/** The three things neither a disguise nor a duress passphrase hides. */
export function DisguiseLimits({ level = 3 }: { level?: Level }) {
  const Heading = heading(level);
  return (
    <div class="disguise-limits">
      <Heading>{t('disguise.honest.title')}</Heading>
      <ul>
        <li>{t('disguise.honest.storage')}</li>
        <li>{t('disguise.honest.history')}</li>
        <li>{t('disguise.honest.known')}</li>
      </ul>
    </div>
  );
}

/**
 * A practice round: the front itself, where the practice word opens it. `notes` is what the
 * Notes front would show and `place` the forecast's (the person's drafts: they see their own).
 */
export function PracticeRound({ front, notes, place, level = 4 }: { front: Front; notes?: string; place?: string; level?: 3 | 4 }) {
  const [active, setActive] = useState(false);
  const [opened, setOpened] = useState(false);
  const startButton = useRef<HTMLButtonElement>(null);
  const word = t('disguise.practice.word');
  const name = disguiseName(front, getLang());
  const id = `practice-${front}`;

  const attempt = async (text: string): Promise<Attempt> => {
    const ok = text.trim().toLocaleLowerCase() === word.toLocaleLowerCase();
    if (ok) setOpened(true);
    return ok ? 'open' : 'none';
  };
  const end = () => {
    setActive(false);
    setOpened(false);
    // Back to where the round started, not to the top of the page.
    requestAnimationFrame(() => startButton.current?.focus());
  };

  if (!active) {
    return <button type="button" class="secondary" ref={startButton} onClick={() => setActive(true)}>{t('disguise.practice.start', { name })}</button>;
  }
  const prefs = readPrefs();
  const Heading = heading(level);
  return (
    <section class="practice card" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>{t('disguise.practice.title', { name })}</Heading>
      <p id={`${id}-intro`}>{t('disguise.practice.intro', { word })}</p>
      <p class="hint">{t('disguise.practice.wait')}</p>
      {opened ? (
        <p class="success" role="status">{t('disguise.practice.opened')}</p>
      ) : front === 'notes' ? (
        <NotesFront notes={notes !== undefined ? parseNotes(notes) : prefs.lockNotes} onSubmit={attempt} idPrefix={id} level={level + 1 as HeadingLevel} />
      ) : (
        <WeatherFront
          place={place?.trim() || homePlace(prefs.place)}
          now={new Date()} unit={unitFor(navigator.language)} onSubmit={attempt} idPrefix={id} level={level + 1 as HeadingLevel}
        />
      )}
      <button type="button" class="secondary" onClick={end}>{t('disguise.practice.end')}</button>
    </section>
  );
}
