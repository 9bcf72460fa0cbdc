// How much this device holds and has free, and whether the browser promised to keep it.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { requestPersistence, storageUse, type PersistState, type StorageUse } from '../../lib/persist';
import { formatSize } from '../backup/BackupProgress';

export function StorageStatus() {
  const [state, setState] = useState<PersistState | null>(null);
  const [use, setUse] = useState<StorageUse | null>(null);
  useEffect(() => {
    void requestPersistence(setState).then(setState);
    void storageUse().then(setUse);
  }, []);
  const known = use && use.used !== null && use.quota !== null;
  return (
    <section aria-labelledby="storage-title">
      <h2 id="storage-title">{t('settings.storage')}</h2>
      {use && (
        <p class="hint" data-storage-use={known ? 'known' : 'unknown'}>
          {known
            ? t('storage.use', { used: formatSize(use.used!), free: formatSize(Math.max(0, use.quota! - use.used!)) })
            : t('storage.useUnknown')}
        </p>
      )}
      {state && <p class="hint" data-persist={state}>{t(`persist.${state}`)}</p>}
    </section>
  );
}
