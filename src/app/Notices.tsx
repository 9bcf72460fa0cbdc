// Quiet banners: "ready to work offline" once, and the update prompt (applied only on request).
import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { hasUnsaved } from '../lib/unsaved';
import type { PersistState } from '../lib/persist';

export function OfflineReady({ onDismiss }: { onDismiss(): void }) {
  return (
    <div class="notice" role="status">
      <span>{t('offline.ready')}</span>
      <button type="button" class="secondary" onClick={onDismiss}>{t('offline.dismiss')}</button>
    </div>
  );
}

export function UpdatePrompt({ apply, onLater }: { apply(): void; onLater(): void }) {
  const [blocked, setBlocked] = useState(false);
  return (
    <div class="notice" role="status">
      <span>{blocked ? t('update.unsaved') : t('update.ready')}</span>
      <button type="button" onClick={() => (hasUnsaved() ? setBlocked(true) : apply())}>{t('update.apply')}</button>
      <button type="button" class="secondary" onClick={onLater}>{t('update.later')}</button>
    </div>
  );
}

export function PersistNotice({ state, onDismiss }: { state: PersistState; onDismiss(): void }) {
  return (
    <div class="notice" role="status" data-persist={state}>
      <span>{t(`persist.${state}`)}</span>
      <button type="button" class="secondary" onClick={onDismiss}>{t('offline.dismiss')}</button>
    </div>
  );
}
