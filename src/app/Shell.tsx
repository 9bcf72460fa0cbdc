// The unlocked frame: heading bar with Lock, the section navigation, and the current screen.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';
import { SCREENS, useRouter, type ScreenId } from '../ui/router';
import { LanguageSwitch } from '../ui/LanguageSwitch';

const NAV_LABEL = {
  journal: 'nav.journal', letters: 'nav.letters', plan: 'nav.plan', resources: 'nav.resources', settings: 'nav.settings',
} as const satisfies Record<ScreenId, string>;

export function Shell({ name, onLock, children }: { name: string; onLock(): void; children: ComponentChildren }) {
  const { route, go } = useRouter();
  const mainRef = useRef<HTMLDivElement>(null);
  // Move focus to the new screen's heading so screen readers announce the change.
  useEffect(() => {
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [route.screen]);
  return (
    <div class="shell">
      <header class="topbar">
        <span class="brand" aria-hidden="true">{name}</span>
        <div class="row">
          <LanguageSwitch />
          <button type="button" class="secondary" onClick={onLock}>{t('shell.lock')}</button>
        </div>
      </header>
      <nav class="tabs" aria-label={t('nav.label')}>
        <ul>
          {SCREENS.map((id) => (
            <li key={id}>
              <button type="button" class="tab" aria-current={route.screen === id ? 'page' : undefined} onClick={() => go(id)}>
                {t(NAV_LABEL[id])}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div class="screen" ref={mainRef}>{children}</div>
    </div>
  );
}
