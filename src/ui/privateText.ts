// The attributes every field holding the person's own words carries, spread as {...privateText}.
// Spell-check and autocorrect are off because browsers' cloud spell-check (Chrome's enhanced
// spell check, Edge's Editor) can send the text away; autofill is off so nothing is remembered.
// Written `autoCorrect`, not `autocorrect`: Chromium has a boolean autocorrect property, and
// Preact would set it to true from the string 'off'; the camel-case name is set as the
// (case-insensitive) attribute autocorrect="off" instead.
// dir="auto" (issue 26): the text sets its own direction, so Arabic typed in an English app, or
// English in the Arabic one, reads the right way round.
export const privateText = {
  autocomplete: 'off',
  spellcheck: false,
  autoCorrect: 'off',
  dir: 'auto',
} as const;
