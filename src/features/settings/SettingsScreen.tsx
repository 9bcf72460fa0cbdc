// Settings: security (passphrase, auto-lock) and storage.
import { t } from '../../i18n';
import type { RouteOf } from '../../ui/router';
import { ChangePassphrase } from './ChangePassphrase';
import { AutoLockSettings } from './AutoLockSettings';
import { LockedLogSetting } from './LockedLogSetting';
import { StorageStatus } from './StorageStatus';
import { BackupSettings } from './BackupSettings';
import { DisguiseSettings } from './DisguiseSettings';
import { LeavesPage } from './LeavesPage';
import { RestorePage } from '../backup/RestorePage';
import { LanguageSwitch } from '../../ui/LanguageSwitch';

export function SettingsScreen({ route }: { route: RouteOf<'settings'> }) {
  if (route.sub?.to === 'leaves') return <LeavesPage />;
  if (route.sub?.to === 'restore') return <RestorePage />;
  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title" tabIndex={-1}>{t('settings.title')}</h1>
      <div class="field">
        <LanguageSwitch visibleLabel />
      </div>
      <h2>{t('settings.security')}</h2>
      <ChangePassphrase />
      <AutoLockSettings />
      <LockedLogSetting />
      <StorageStatus />
      <DisguiseSettings />
      <BackupSettings />
    </section>
  );
}
