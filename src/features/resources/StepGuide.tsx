// The experts' steps as a guided list: tick each, jump to where Daybook helps; progress is kept encrypted.
import { useEffect, useState } from 'preact/hooks';
import { message, say, t, type Message } from '../../i18n';
import { useRouter } from '../../ui/router';
import { errorMessage } from '../../ui/errors';
import { BlockingHelp } from './BlockingHelp';
import { STEP_IDS, STEP_LINKS, nextStep, setStepDone, stepsProgress, type StepId } from './steps';
import { loadHelpPrefs, saveHelpPrefs } from './store';

export function StepGuide({ openBlocking }: { openBlocking: boolean }) {
  const { go } = useRouter();
  const [done, setDone] = useState<StepId[] | null>(null);
  const [error, setError] = useState('');
  const [status, setStatus] = useState<Message | null>(null);
  useEffect(() => {
    let live = true;
    loadHelpPrefs().then((prefs) => live && setDone(prefs.stepsDone), (err: unknown) => live && setError(errorMessage(err)));
    return () => {
      live = false;
    };
  }, []);
  if (!done) return error ? <p class="error" role="alert">{error}</p> : null;

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

  const progress = stepsProgress(done);
  const next = nextStep(done);
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
          <li key={id} class={done.includes(id) ? 'card step done' : 'card step'}>
            <div class="check-item">
              <input type="checkbox" id={`step-${id}`} checked={done.includes(id)} onChange={(e) => void toggle(id, (e.currentTarget as HTMLInputElement).checked)} />
              <label for={`step-${id}`}>{t(`resources.step.${id}.title`)}</label>
            </div>
            <p class="hint">{t(`resources.step.${id}.text`)}</p>
            {id === 'block' && <BlockingHelp open={openBlocking} />}
            <div class="row">
              {STEP_LINKS[id].map((link) => (
                <button key={link.id} type="button" class="secondary" onClick={() => go(link.screen, link.detail)}>
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
