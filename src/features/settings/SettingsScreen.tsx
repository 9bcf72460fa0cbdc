// Settings: security (passphrase, auto-lock) and storage.
import { t } from '../../i18n';
import { ChangePassphrase } from './ChangePassphrase';
import { AutoLockSettings } from './AutoLockSettings';
import { StorageStatus } from './StorageStatus';

export function SettingsScreen(_props: { detail?: string }) {
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title" tabIndex={-1}>{t('settings.title')}</h1>
      <h2>{t('settings.security')}</h2>
      <ChangePassphrase />
      <AutoLockSettings />
      <StorageStatus />
    </section>
  );
}
