// The plan's sections, adapted to after a breakup (DOMAIN.md §3), and the actions each suggests.
// Suggestions are catalog keys ('plan.sug.<id>'), so an untouched one follows the language.

export const SECTION_IDS = [
  'warning', 'people', 'emergency', 'home', 'work', 'travel', 'children', 'pets', 'technology', 'legal', 'emotional',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export const SUGGESTIONS = {
  warning: ['warnEscalation', 'warnIntuition', 'warnDates', 'warnLog'],
  people: ['peopleNetwork', 'peopleCodeWord', 'peopleWhereabouts', 'peopleCheckIn', 'peopleNoInfo'],
  emergency: ['emNumbers', 'emCharged', 'emWhereToGo', 'emBag', 'emDocuments', 'emLockScreen'],
  home: ['homeLocks', 'homeSecure', 'homeNeighbours', 'homeSafeRoom', 'homeAddress'],
  work: ['workTell', 'workRoutes', 'workBuddy', 'workCalls'],
  travel: ['travelRoutes', 'travelParking', 'travelPlaces', 'travelFollowed'],
  children: ['childExchange', 'childPickup', 'childTeach', 'childMessages'],
  pets: ['petsCare', 'petsRecords', 'petsOrder'],
  technology: ['techPasswords', 'techLocation', 'techAccounts', 'techTracking', 'techBlock', 'techSocial', 'techNumber'],
  legal: ['legalReport', 'legalOrder', 'legalAdvocate', 'legalCopies', 'legalViolations'],
  emotional: ['emoTherapist', 'emoHelps', 'emoHotline', 'emoCare'],
} as const satisfies Record<SectionId, readonly string[]>;

export type SuggestionId = (typeof SUGGESTIONS)[SectionId][number];

export function isSectionId(value: unknown): value is SectionId {
  return typeof value === 'string' && (SECTION_IDS as readonly string[]).includes(value);
}

export function isSuggestionOf(section: SectionId, value: unknown): value is SuggestionId {
  return typeof value === 'string' && (SUGGESTIONS[section] as readonly string[]).includes(value);
}
