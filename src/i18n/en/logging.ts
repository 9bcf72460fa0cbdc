// English: quick logging (issue 24): "When" (now or earlier), late entries, logging while locked.
export const logging = {
  'when.legend': 'When',
  'when.now': 'Now',
  'when.earlier': 'Earlier',
  'when.minutesAgo.one': '{count} minute ago',
  'when.minutesAgo.other': '{count} minutes ago',
  'when.today': 'Earlier today at…',
  'when.yesterday': 'Yesterday at…',
  'when.date': 'A date and time',
  'when.time': 'Time',
  'when.dateTime': 'Date and time',
  'when.incomplete': 'Choose when it happened: a time that has already passed.',
  'late.csvHeader': 'Late entry',
  'late.line': 'Written down {written} about a contact on {happened}',
} as const;
