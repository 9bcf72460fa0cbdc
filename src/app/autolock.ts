// Locks after idle time and (by default) whenever the page is hidden or left.
import type { AutoLockOptions } from '../features/settings/model';
import { endPickerGrace, inPickerGrace, watchFileInputs } from '../lib/picker-grace';
export { DEFAULT_AUTOLOCK } from '../features/settings/model';

/** `lock(true)`: the page is going away (nothing can finish a write then). */
export function startAutoLock(options: AutoLockOptions, lock: (pageGone?: boolean) => void): () => void {
  let timer = 0;
  const reset = () => {
    clearTimeout(timer);
    if (options.idleMinutes > 0) timer = setTimeout(lock, options.idleMinutes * 60_000) as unknown as number;
  };
  // Hidden by a picker the person just opened: give them the grace to choose, then lock if
  // they are still away. Back in view, the grace is over.
  let graceTimer = 0;
  const onVisibility = () => {
    clearTimeout(graceTimer);
    if (document.visibilityState === 'visible') return endPickerGrace();
    if (!options.lockOnHide) return;
    const graceMs = options.pickerGraceSeconds * 1000;
    if (!inPickerGrace(graceMs)) return lock();
    graceTimer = setTimeout(lock, graceMs) as unknown as number;
  };
  const unwatch = watchFileInputs();
  // Back/forward cache: a restored page must never show what was open before.
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) lock(true);
  };
  const activity = ['pointerdown', 'keydown', 'input', 'scroll', 'touchstart'] as const;
  for (const name of activity) addEventListener(name, reset, { passive: true, capture: true });
  document.addEventListener('visibilitychange', onVisibility);
  // Leaving the page always locks, whatever the setting: nothing should outlive the visit.
  const onPageHide = () => lock(true);
  addEventListener('pagehide', onPageHide);
  addEventListener('pageshow', onPageShow);
  reset();
  return () => {
    clearTimeout(timer);
    clearTimeout(graceTimer);
    unwatch();
    for (const name of activity) removeEventListener(name, reset, { capture: true });
    document.removeEventListener('visibilitychange', onVisibility);
    removeEventListener('pagehide', onPageHide);
    removeEventListener('pageshow', onPageShow);
  };
}
