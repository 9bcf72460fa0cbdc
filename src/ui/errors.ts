// Turns any failure into a sentence the person can act on.
import { t } from '../i18n';

export function errorMessage(error: unknown): string {
  const code = (error as { code?: string })?.code;
  if (code === 'quota') return t('error.quota');
  if (code === 'locked') return t('error.locked');
  const reason = error instanceof Error ? error.message : String(error);
  return t('error.generic', { reason });
}
