// The attributes every field holding the person's own words carries, spread as {...privateText}.
// Spell-check and autocorrect are off because browsers' cloud spell-check (Chrome's enhanced
// spell check, Edge's Editor) can send the text away; autofill is off so nothing is remembered.
// Written `autoCorrect`, not `autocorrect`: Chromium has a boolean autocorrect property, and
// Preact would set it to true from the string 'off'; the camel-case name is set as the
// (case-insensitive) attribute autocorrect="off" instead.
export const privateText = {
  autocomplete: 'off',
  spellcheck: false,
  autoCorrect: 'off',
} as const;
