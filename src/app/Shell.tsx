// The unlocked frame: one top row (name, Lock; Quick exit sits in it), the screen, and the five
// tabs (a single row at the bottom on phones). Every screen opens at its top, focused on its heading.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';
import { routeKey, SCREENS, useRouter, type ScreenId } from '../ui/router';
import { TabIcon } from './TabIcon';

const NAV_LABEL = {
  journal: 'nav.journal', letters: 'nav.letters', plan: 'nav.plan', resources: 'nav.resources', settings: 'nav.settings',
} as const satisfies Record<ScreenId, string>;
/** What fits under an icon in a fifth of a 320 px screen; the full name stays the accessible name. */
const NAV_SHORT = {
  journal: 'nav.short.journal', letters: 'nav.short.letters', plan: 'nav.short.plan', resources: 'nav.short.resources', settings: 'nav.short.settings',
} as const satisfies Record<ScreenId, string>;

/** How long a screen that is still loading may take to show its heading before we stop waiting. */
const HEADING_WAIT_MS = 5000;

/** A sub-screen may name its own heading (data-heading); else the screen's h1. */
function headingIn(root: HTMLElement): HTMLElement | null {
  return root.querySelector<HTMLElement>('[data-heading]') ?? root.querySelector<HTMLElement>('h1');
}

function openAtTop(root: HTMLElement): () => void {
  scrollTo(0, 0);
  let focused: HTMLElement | null = null;
  const place = () => {
    // Focus held by what the person is doing (a field, a button inside the screen) is theirs.
    const active = document.activeElement;
    if (focused?.isConnected && active === focused) return;
    if (active && active !== document.body && active !== focused && root.contains(active)) return stop();
    const heading = headingIn(root);
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    if (!focused) scrollTo(0, 0);
    heading.focus({ preventScroll: true });
    focused = heading;
  };
  // The screen's code or data may still be loading: its heading can appear, or be drawn again
  // (a loading view replaced by the real one), a little later. Follow it until the person acts.
  const observer = new MutationObserver(place);
  const timer = setTimeout(() => stop(), HEADING_WAIT_MS);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    removeEventListener('pointerdown', stop, true);
    removeEventListener('keydown', stop, true);
  };
  observer.observe(root, { childList: true, subtree: true });
  addEventListener('pointerdown', stop, true);
  addEventListener('keydown', stop, true);
  place();
  return stop;
}

interface Props { name: string; onLock(): void; notice: ComponentChildren; children: ComponentChildren }

export function Shell({ name, onLock, notice, children }: Props) {
  const { route, go } = useRouter();
  const mainRef = useRef<HTMLDivElement>(null);
  const key = routeKey(route);
  useEffect(() => (mainRef.current ? openAtTop(mainRef.current) : undefined), [key]);
  return (
    <div class="shell">
      <header class="topbar">
        <span class="brand" aria-hidden="true">{name}</span>
        <button type="button" class="secondary lock" onClick={onLock}>{t('shell.lock')}</button>
      </header>
      <nav class="tabs" aria-label={t('nav.label')}>
        <ul>
          {SCREENS.map((id) => {
            const full = t(NAV_LABEL[id]);
            const short = t(NAV_SHORT[id]);
            return (
              <li key={id}>
                <button type="button" class="tab" aria-label={short === full ? undefined : full}
                  aria-current={route.screen === id ? 'page' : undefined} onClick={() => go({ screen: id })}>
                  <TabIcon id={id} />
                  <span class="tab-label">{short}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </nav>
      {notice}
      <div class="screen" ref={mainRef}>{children}</div>
    </div>
  );
}
