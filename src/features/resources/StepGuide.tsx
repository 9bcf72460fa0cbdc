// The experts' steps as a guided list: tick each, jump to where Daybook helps; progress is kept encrypted.
import { useEffect, useState } from 'preact/hooks';
import { message, say, t, type Message } from '../../i18n';
import { useRouter } from '../../ui/router';
import { errorMessage } from '../../ui/errors';
import { BlockingHelp } from './BlockingHelp';
import { STEP_IDS, STEP_LINKS, nextStep, normaliseSteps, setStepDone, stepsProgress, type StepId } from './steps';
import { loadHelpPrefs, saveHelpPrefs } from './store';
import { loadProgress, stepsShownDone } from './progress';
import { formatDateTime } from '../../i18n';

export function StepGuide({ openBlocking }: { openBlocking: boolean }) {
  const { go } = useRouter();
  const [done, setDone] = useState<StepId[] | null>(null);
  const [error, setError] = useState('');
  const [status, setStatus] = useState<Message | null>(null);
  const [shown, setShown] = useState<{ steps: StepId[]; noticeSentAt: number | null; entries: number; planDone: number }>();
  useEffect(() => {
    let live = true;
    loadHelpPrefs().then((prefs) => live && setDone(prefs.stepsDone), (err: unknown) => live && setError(errorMessage(err)));
    // The records speak for themselves: a sent notice, entries, a begun plan count as done.
    loadProgress().then((p) => live && setShown({ ...p, steps: stepsShownDone(p) }), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (!done) return error ? <p class="error" role="alert">{error}</p> : null;
  const byRecords = shown?.steps ?? [];
  const allDone = normaliseSteps([...done, ...byRecords]);

  async function toggle(id: StepId, on: boolean) {
    setDone((current) => setStepDone(current ?? [], id, on));
    setError('');
    try {
      await saveHelpPrefs((prefs) => ({ stepsDone: setStepDone(prefs.stepsDone, id, on) }));
      setStatus(message('resources.saved'));
    } catch (err) {
      // Show what the vault really holds: the failed tick is undone.
      setDone((await loadHelpPrefs().catch(() => undefined))?.stepsDone ?? []);
      setError(errorMessage(err));
    }
  }

  const progress = stepsProgress(allDone);
  const next = nextStep(allDone);
  const evidence: Partial<Record<StepId, string>> = shown ? {
    tell: shown.noticeSentAt !== null ? t('resources.steps.byNotice', { date: formatDateTime(shown.noticeSentAt) }) : undefined,
    document: shown.entries > 0 ? t('resources.steps.byJournal') : undefined,
    secure: shown.planDone > 0 ? t('resources.steps.byPlan') : undefined,
  } : {};
  return (
    <section aria-labelledby="steps-title">
      <h2 id="steps-title" tabIndex={-1}>{t('resources.view.steps')}</h2>
      <p class="hint">{t('resources.steps.intro')}</p>
      <div class="progress-line">
        <progress max={progress.total} value={progress.done} aria-labelledby="steps-progress" />
        <span id="steps-progress">{t('resources.steps.progress', progress)}</span>
      </div>
      <p>{next ? t('resources.steps.next', { title: t(`resources.step.${next}.title`) }) : t('resources.steps.allDone')}</p>
      <ol class="steps">
        {STEP_IDS.map((id) => (
          <li key={id} class={allDone.includes(id) ? 'card step done' : 'card step'}>
            {evidence[id] ? (
              // Done by what the records show: no tick to take back, only what shows it.
              <p class="check-item step-shown"><span aria-hidden="true">✓</span> <strong>{t(`resources.step.${id}.title`)}</strong> <span class="success">{evidence[id]}</span></p>
            ) : (
              <div class="check-item">
                <input type="checkbox" id={`step-${id}`} checked={done.includes(id)} onChange={(e) => void toggle(id, (e.currentTarget as HTMLInputElement).checked)} />
                <label for={`step-${id}`}>{t(`resources.step.${id}.title`)}</label>
              </div>
            )}
            <p class="hint">{t(`resources.step.${id}.text`)}</p>
            {id === 'block' && <BlockingHelp open={openBlocking} />}
            <div class="row">
              {STEP_LINKS[id].map((link) => (
                <button key={link.id} type="button" class="secondary" onClick={() => go(link.to)}>
                  {t(`resources.link.${link.id}`)}
                </button>
              ))}
            </div>
          </li>
        ))}
      </ol>
      {error && <p class="error" role="alert">{error}</p>}
      <p class="visually-hidden" role="status">{say(status)}</p>
    </section>
  );
}
