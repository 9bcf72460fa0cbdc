// Turns any failure into a sentence the person can act on.
import { formatDateTime, message, say, type Message } from '../i18n';

/** The sentence as a kept message, for state that is shown again after a language switch. */
export function errorNote(error: unknown): Message {
  const code = (error as { code?: string })?.code;
  if (code === 'quota') return message('error.quota');
  if (code === 'locked') return message('error.locked');
  // Too many wrong passphrases, wherever they were typed: the one wait, said as the lock screen says it.
  if (code === 'throttled') return message('lock.throttled', { time: formatDateTime(Number((error as Error).message), { timeStyle: 'short' }) });
  const reason = error instanceof Error ? error.message : String(error);
  return message('error.generic', { reason });
}

export function errorMessage(error: unknown): string {
  return say(errorNote(error));
}
