// English: the passphrase gate (what asks for the passphrase before something leaves or a guard
// weakens) and what the unlock report says about the attempt log itself.
export const guard = {
  'gate.title': 'Your passphrase, to go on',
  'gate.label': 'Your passphrase',
  'gate.why': 'Whoever holds the open app cannot do this without it.',
  'gate.confirm': 'Go on',
  'gate.wrong': 'Your passphrase is not right. Nothing was changed and nothing left this device.',
  'gate.need': 'Type your passphrase first.',
  'gate.checking': 'Checking your passphrase…',
  'exit.confirm.title': 'Quick exit: confirm where it goes',
  'exit.confirm.body': 'Quick exit was set to open {url} after its neutral page. It now asks for your passphrase once: until you confirm it, Quick exit stays on this app\'s own neutral page and contacts no other site.',
  'exit.confirm.keep': 'Confirm {url}',
  'exit.confirm.remove': 'Stay on the neutral page',
  'exit.confirm.kept': 'Confirmed. Quick exit moves on to {url}.',
  'exit.confirm.removed': 'Quick exit stays on this app\'s own neutral page.',
  'report.inApp': '{count, plural, one {One of them was typed into a "Your passphrase" field while the app was open.} other {{count} of them were typed into a "Your passphrase" field while the app was open.}}',
  'report.duressChanged': '{count, plural, one {Your duress passphrase was changed from inside the decoy on {date}. The one you set no longer opens the decoy; the new one does. Set it again in Settings if you did not do this.} other {Your duress passphrase was changed from inside the decoy {count} times, the last on {date}. The one you set no longer opens the decoy. Set it again in Settings if you did not do this.}}',
  'report.log.missing': 'The record of failed attempts was deleted from this device. Tries made since you last opened it cannot be counted.',
  'report.log.replaced': 'The record of failed attempts was replaced by an older copy. Tries made since you last opened it may be missing from this count.',
  'report.log.cut': 'Some failed attempts were cut out of their record. There were more than this count says.',
};
