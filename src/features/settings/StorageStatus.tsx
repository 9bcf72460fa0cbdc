// Whether the browser promised to keep our data, and what that means.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { requestPersistence, type PersistState } from '../../lib/persist';

export function StorageStatus() {
  const [state, setState] = useState<PersistState | null>(null);
  useEffect(() => void requestPersistence().then(setState), []);
  return (
    <section aria-labelledby="storage-title">
      <h2 id="storage-title">{t('settings.storage')}</h2>
      {state && <p class="hint" data-persist={state}>{t(`persist.${state}`)}</p>}
    </section>
  );
}
