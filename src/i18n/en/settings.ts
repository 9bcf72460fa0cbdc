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
  // Issue 12: a new key on change.
  'settings.rekeying': "Re-encrypting everything under a new key: {percent}%",
  'settings.duressOff': "Your duress passphrase was turned off by the change: set it again under Duress passphrase.",
} as const;
