// Registers the service worker and reports "offline ready" and "update waiting" to the UI.
import { Workbox } from 'workbox-window';
import { trustedScriptURL } from '../lib/trusted-types';

export interface SwEvents {
  onOfflineReady(): void;
  onUpdateWaiting(apply: () => void): void;
}

export function registerServiceWorker(events: SwEvents): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const wb = new Workbox(trustedScriptURL('sw.js') as unknown as string, { scope: './' });
  wb.addEventListener('installed', (event) => {
    if (!event.isUpdate) events.onOfflineReady();
  });
  wb.addEventListener('waiting', () => {
    events.onUpdateWaiting(() => {
      // Reload only once the new worker controls the page; never on our own initiative.
      wb.addEventListener('controlling', () => location.reload());
      wb.messageSkipWaiting();
    });
  });
  void wb.register().catch(() => undefined);
}
