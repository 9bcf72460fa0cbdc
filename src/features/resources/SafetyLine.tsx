// The line kept on screen on the plan and resources screens: trust the feeling, call the emergency number.
import { isolateLtr, t } from '../../i18n';
import { lineHref, type Country } from './model';
import { useHelpRegion } from './useHelpRegion';
import './resources.css';

function Line({ region }: { region: Country }) {
  const emergency = region.emergency;
  const href = emergency && lineHref(emergency);
  // Where the research did not confirm the number, the sentence says to call the local one.
  if (!emergency || !href) return <p class="safety-line no-print">{t('resources.safetyLineNoNumber')}</p>;
  // The sentence is translated whole; only the call link is placed inside it.
  const [before, after = ''] = t('resources.safetyLine').split('{call}');
  return (
    <p class="safety-line no-print">
      {before}
      <a href={href}>{t('resources.safetyCall', { number: isolateLtr(emergency.display ?? '') })}</a>
      {after}
    </p>
  );
}

function OwnRegionLine() {
  return <Line region={useHelpRegion().region} />;
}

/** Pass the region when the screen already has it; otherwise the saved choice is loaded. */
export function SafetyLine({ region }: { region?: Country }) {
  return region ? <Line region={region} /> : <OwnRegionLine />;
}
