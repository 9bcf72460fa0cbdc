// zxcvbn's feedback keys in the person's language, plus the reminder that the ex knows personal words.
import { isMessageKey, t, type MessageKey } from '../i18n';
import type { Strength } from '../lib/strength';

/** The warning and suggestions we have words for; for a refused passphrase, the personal-words reminder too. */
export function strengthAdvice(strength: Strength): string[] {
  const keys = [
    strength.warning && `strength.warning.${strength.warning}`,
    ...strength.suggestions.map((s) => `strength.suggestion.${s}`),
  ];
  const lines = keys.filter((k): k is MessageKey => !!k && isMessageKey(k)).map((k) => t(k));
  if (!strength.ok) lines.push(t('strength.personal'));
  return lines;
}
