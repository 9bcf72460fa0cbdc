// Turns any failure into a sentence the person can act on.
import { message, say, type Message } from '../i18n';

/** The sentence as a kept message, for state that is shown again after a language switch. */
export function errorNote(error: unknown): Message {
  const code = (error as { code?: string })?.code;
  if (code === 'quota') return message('error.quota');
  if (code === 'locked') return message('error.locked');
  const reason = error instanceof Error ? error.message : String(error);
  return message('error.generic', { reason });
}

export function errorMessage(error: unknown): string {
  return say(errorNote(error));
}
