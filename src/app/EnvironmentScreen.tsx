// Explains, plainly and without alarm, why this browser cannot be used safely.
import { t } from '../i18n';
import type { EnvProblem } from './environment';

export function EnvironmentScreen({ problems }: { problems: EnvProblem[] }) {
  return (
    <section class="narrow" aria-labelledby="env-title">
      <h1 id="env-title" tabIndex={-1}>{t('env.title')}</h1>
      <ul>
        {problems.map((p) => <li key={p}>{t(`env.${p}`)}</li>)}
      </ul>
      <p>{t('env.advice')}</p>
    </section>
  );
}
