// "What this app leaves on your device": each trace a web app cannot avoid, and how to remove
// it on Android, iPhone and a computer. Its own view from Settings; inline on the first-run
// screen (before any vault exists), where it sits under that screen's h1.
import '../../i18n/leaves';
import { useEffect, useRef } from 'preact/hooks';
import { getLang, LANGUAGES, t, type MessageKey } from '../../i18n';
import { disguiseName, readPrefs } from '../../exit';
import { useRouter } from '../../ui/router';
import './disguise.css';

/** Traces with steps per platform, and traces with one way to remove them everywhere. */
const PER_PLATFORM = ['history', 'icon', 'backup', 'passwords'] as const;
const EVERYWHERE = ['storage', 'tabs'] as const;
const PLATFORMS = ['android', 'iphone', 'computer'] as const;

let returning = false;
/** True once, right after the person used "Back to Settings" (for focus). */
export function cameBackFromLeaves(): boolean {
  const was = returning;
  returning = false;
  return was;
}

type Trace = (typeof PER_PLATFORM)[number] | (typeof EVERYWHERE)[number];
const key = (trace: Trace, part: string) => `disguise.leaves.${trace}.${part}` as MessageKey;

export function LeavesPage({ inline = false }: { inline?: boolean }) {
  const { go } = useRouter();
  const heading = useRef<HTMLHeadingElement>(null);
  // As its own view the page replaces Settings: move focus so screen readers announce it.
  useEffect(() => {
    if (!inline) heading.current?.focus();
  }, [inline]);
  const prefs = readPrefs();
  // The language in effect: a language never chosen is the browser's, not English.
  const params = { name: disguiseName(prefs.disguise, getLang()), url: prefs.exitUrl || t('disguise.exit.ownPage'), lang: LANGUAGES[prefs.lang ?? getLang()].native };
  const Title = inline ? 'h2' : 'h1';
  const Section = inline ? 'h3' : 'h2';
  const Sub = inline ? 'h4' : 'h3';

  return (
    <section class="leaves" aria-labelledby="leaves-title">
      <Title id="leaves-title" ref={heading} tabIndex={-1}>{t('disguise.leaves.title')}</Title>
      <p>{t('disguise.leaves.intro')}</p>
      {PER_PLATFORM.map((trace) => (
        <section key={trace} class="card" aria-labelledby={`leaves-${trace}`}>
          <Section id={`leaves-${trace}`}>{t(key(trace, 'title'))}</Section>
          <p>{t(key(trace, 'what'), params)}</p>
          <Sub class="leaves-remove">{t('disguise.leaves.remove')}</Sub>
          <dl class="leaves-steps">
            {PLATFORMS.map((platform) => (
              <div key={platform}>
                <dt>{t(`disguise.leaves.${platform}`)}</dt>
                <dd>{t(key(trace, platform))}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      {EVERYWHERE.map((trace) => (
        <section key={trace} class="card" aria-labelledby={`leaves-${trace}`}>
          <Section id={`leaves-${trace}`}>{t(key(trace, 'title'))}</Section>
          <p>{t(key(trace, 'what'), params)}</p>
          {/* The fronts' texts are prefs too (issue 15). */}
          {trace === 'storage' && <p>{t('disguise.leaves.storage.front')}</p>}
          <p>{t(key(trace, 'how'))}</p>
        </section>
      ))}
      {!inline && (
        <button type="button" class="secondary" onClick={() => {
          returning = true;
          go({ screen: 'settings' });
        }}>{t('disguise.leaves.back')}</button>
      )}
    </section>
  );
}
