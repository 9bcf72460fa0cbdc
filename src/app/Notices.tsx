// Quiet banners, one at a time, in the page flow (never over content or Quick exit): the update
// prompt (applied only on request), the storage answer, and "ready to work offline" once.
import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { hasUnsaved } from '../lib/unsaved';
import type { PersistState } from '../lib/persist';

interface Props {
  update: { apply(): void; later(): void } | null;
  persist: { state: PersistState; dismiss(): void } | null;
  offlineReady: (() => void) | null;
}

/** The most useful notice first; the next one shows only once this one is dismissed. */
export function NoticeSlot(props: Props) {
  const shown = current(props);
  return shown ? <div class="notices">{shown}</div> : null;
}

function current({ update, persist, offlineReady }: Props) {
  if (update) return <UpdatePrompt apply={update.apply} onLater={update.later} />;
  if (persist) return <Notice text={t(`persist.${persist.state}`)} onDismiss={persist.dismiss} persist={persist.state} />;
  if (offlineReady) return <Notice text={t('offline.ready')} onDismiss={offlineReady} />;
  return null;
}

function Notice({ text, onDismiss, persist }: { text: string; onDismiss(): void; persist?: PersistState }) {
  return (
    <div class="notice" role="status" data-persist={persist}>
      <span>{text}</span>
      <button type="button" class="secondary" onClick={onDismiss}>{t('offline.dismiss')}</button>
    </div>
  );
}

function UpdatePrompt({ apply, onLater }: { apply(): void; onLater(): void }) {
  const [blocked, setBlocked] = useState(false);
  return (
    <div class="notice" role="status">
      <span>{blocked ? t('update.unsaved') : t('update.ready')}</span>
      <button type="button" onClick={() => (hasUnsaved() ? setBlocked(true) : apply())}>{t('update.apply')}</button>
      <button type="button" class="secondary" onClick={onLater}>{t('update.later')}</button>
    </div>
  );
}
