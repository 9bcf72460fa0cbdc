// Explains, plainly and without alarm, why this browser cannot be used safely, and how to fix it.
import { t } from '../i18n';
import type { EnvProblem } from './environment';

export function EnvironmentScreen({ problems }: { problems: EnvProblem[] }) {
  return (
    <section class="narrow" aria-labelledby="env-title" data-env-problems={problems.join(' ')}>
      <h1 id="env-title" tabIndex={-1}>{t('env.title')}</h1>
      <p>{t('env.missing')}</p>
      <ul>
        {problems.map((p) => <li key={p}>{t(`env.${p}`)}</li>)}
      </ul>
      <p>{t('env.cannotStore')}</p>
      {/* Said outright, so nobody expects a weaker key derivation to stand in. */}
      {problems.includes('noWasm') && <p>{t('env.noWasmNoFallback')}</p>}
      <h2>{t('env.fixTitle')}</h2>
      <ul>
        <li>{t('env.fixLockdown')}</li>
        <li>{t('env.fixPrivate')}</li>
        <li>{t('env.fixOther')}</li>
      </ul>
      <p>{t('env.advice')}</p>
    </section>
  );
}
