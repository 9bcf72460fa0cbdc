// Small drawn weather icons (no emoji: a phone without a colour-emoji font shows boxes, and
// looking one up costs the first frame time).
import type { Condition } from './model';

const CLOUD = 'M7 18h10a4 4 0 0 0 0-8 5.5 5.5 0 0 0-10.6 1.6A3.2 3.2 0 0 0 7 18z';

export function WeatherIcon({ condition }: { condition: Condition }) {
  const sun = condition === 'sunny' || condition === 'partly';
  return (
    <svg class="weather-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      {sun && (
        <g class="sun" transform={condition === 'partly' ? 'translate(-3 -4) scale(0.8)' : undefined}>
          <circle cx="12" cy="12" r="4.5" />
          <path d="M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1L7 17M17 7l2.1-2.1" />
        </g>
      )}
      {condition !== 'sunny' && <path class="cloud" d={CLOUD} transform={condition === 'rain' || condition === 'snow' ? 'translate(0 -3)' : undefined} />}
      {condition === 'rain' && <path class="drops" d="M8 18l-1 3M12 18l-1 3M16 18l-1 3" />}
      {condition === 'snow' && <g class="flakes"><circle cx="8" cy="20" r="1" /><circle cx="12" cy="21" r="1" /><circle cx="16" cy="20" r="1" /></g>}
    </svg>
  );
}
