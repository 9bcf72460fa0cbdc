// Settings: security (passphrase, auto-lock) and storage.
import { t } from '../../i18n';
import { ChangePassphrase } from './ChangePassphrase';
import { AutoLockSettings } from './AutoLockSettings';
import { StorageStatus } from './StorageStatus';
import { BackupSettings } from './BackupSettings';
import { DisguiseSettings } from './DisguiseSettings';
import { LeavesPage } from './LeavesPage';
import { RestorePage } from '../backup/RestorePage';

export function SettingsScreen({ detail }: { detail?: string }) {
  if (detail === 'leaves') return <LeavesPage />;
  if (detail === 'restore') return <RestorePage />;
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title" tabIndex={-1}>{t('settings.title')}</h1>
      <h2>{t('settings.security')}</h2>
      <ChangePassphrase />
      <AutoLockSettings />
      <StorageStatus />
      <DisguiseSettings />
      <BackupSettings />
    </section>
  );
}
