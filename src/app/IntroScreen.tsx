// First-run safety screen (an "interruption page"): how to leave fast, and what stays behind.
import { t } from '../i18n';

export function IntroScreen({ onContinue }: { onContinue(): void }) {
  return (
    <section class="narrow" aria-labelledby="intro-title">
      <h1 id="intro-title" tabIndex={-1}>{t('intro.title')}</h1>
      <ul class="intro">
        <li>{t('intro.exit')}</li>
        <li>{t('intro.back')}</li>
        <li>{t('intro.history')}</li>
        <li>{t('intro.device')}</li>
        <li>{t('intro.return')}</li>
      </ul>
      <button type="button" onClick={onContinue}>{t('intro.continue')}</button>
    </section>
  );
}
