// English: the settings module.
export const settings = {
  'settings.title': "Settings",
  'settings.security': "Security",
  'settings.change': "Change passphrase",
  'settings.current': "Current passphrase",
  'settings.newPass': "New passphrase",
  'settings.repeatPass': "Repeat new passphrase",
  'settings.changed': "Passphrase changed. Use the new one from now on.",
  'settings.changing': "Changing passphrase…",
  'settings.autolock': "Automatic lock",
  'settings.idle': "Lock after this many minutes without activity",
  'settings.idleOff': "Never",
  'settings.minutes': "{n} minutes",
  'settings.lockOnHide': "Lock when I switch to another app or tab",
  'settings.storage': "Storage on this device",
  // issue 16: storage state in Settings
  'storage.use': "{used} used by this app, {free} free for it on this device.",
  'storage.useUnknown': "This browser does not say how much space is used or free. Make backups.",
} as const;
