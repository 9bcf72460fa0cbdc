// The five tabs' icons: simple strokes in the text colour, hidden from assistive technology.
import type { ScreenId } from '../ui/router';

const PATHS: Record<ScreenId, string> = {
  journal: 'M6 3h11a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1H6zM6 3v18M10 8h5M10 12h5',
  letters: 'M3 6h18v12H3zM3 6l9 7 9-7',
  plan: 'M12 3l8 3v6c0 4.5-3.4 8.2-8 9-4.6-.8-8-4.5-8-9V6zM8.5 12l2.5 2.5 4.5-5',
  resources: 'M12 21s-7.5-4.6-7.5-10A4.5 4.5 0 0 1 12 7.6 4.5 4.5 0 0 1 19.5 11c0 5.4-7.5 10-7.5 10z',
  settings: 'M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM19 12l2-1.5-2-3.5-2.4.7a7 7 0 0 0-1.7-1L14.5 4h-5l-.4 2.7a7 7 0 0 0-1.7 1L5 7 3 10.5 5 12l-2 1.5L5 17l2.4-.7a7 7 0 0 0 1.7 1l.4 2.7h5l.4-2.7a7 7 0 0 0 1.7-1L19 17l2-3.5z',
};

export function TabIcon({ id }: { id: ScreenId }) {
  return (
    <svg class="tab-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path d={PATHS[id]} fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
