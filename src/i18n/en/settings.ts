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
  // Issue 12: when to change the passphrase.
  'settings.changeWhen': "Change it if someone may know your passphrase. Changing it makes a new key and encrypts everything again, so an old copy of your passphrase, or of this device's storage, cannot open what you write from then on.",
} as const;
