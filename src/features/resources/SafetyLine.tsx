// The line kept on screen on the plan and resources screens: trust the feeling, call the emergency number.
import { t } from '../../i18n';
import type { Region } from './model';
import { useHelpRegion } from './useHelpRegion';
import './resources.css';

function Line({ region }: { region: Region }) {
  // The sentence is translated whole; only the call link is placed inside it.
  const [before, after = ''] = t('resources.safetyLine').split('{call}');
  return (
    <p class="safety-line no-print">
      {before}
      <a href={region.emergency.href}>{t('resources.safetyCall', { number: region.emergency.display })}</a>
      {after}
    </p>
  );
}

function OwnRegionLine() {
  return <Line region={useHelpRegion().region} />;
}

/** Pass the region when the screen already has it; otherwise the saved choice is loaded. */
export function SafetyLine({ region }: { region?: Region }) {
  return region ? <Line region={region} /> : <OwnRegionLine />;
}
