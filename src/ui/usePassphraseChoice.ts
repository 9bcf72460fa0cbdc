// State for choosing a new passphrase (setup and change): the two fields, zxcvbn's verdict on
// the first, and the one check both screens run before using it.
import { useEffect, useState } from 'preact/hooks';
import { getLang, t } from '../i18n';
import { judge, loadEstimator, MIN_PASSPHRASE, type Estimator, type Strength } from '../lib/strength';
import { strengthAdvice } from './strengthText';

/** Typing pauses this long before a check: one costs 10–100 ms with the full dictionaries. */
const CHECK_DELAY_MS = 150;

export type EstimatorState = Estimator | 'loading' | 'failed';

export interface PassphraseChoice {
  first: string;
  second: string;
  setFirst(value: string): void;
  setSecond(value: string): void;
  estimator: EstimatorState;
  /** The latest verdict on `first` (checked a moment after typing pauses); null while empty or loading. */
  strength: Strength | null;
  /** Why the passphrase cannot be used (to show as an alert), or null when it can. */
  problem(): Promise<string | null>;
  clear(): void;
}

export function usePassphraseChoice(): PassphraseChoice {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [estimator, setEstimator] = useState<EstimatorState>('loading');
  const [strength, setStrength] = useState<Strength | null>(null);

  const lang = getLang();
  useEffect(() => {
    let live = true;
    setEstimator('loading');
    loadEstimator(lang).then((e) => live && setEstimator(() => e), () => live && setEstimator('failed'));
    return () => { live = false; };
  }, [lang]);

  useEffect(() => {
    // The last verdict stays until the next is ready, so a screen reader hears no "checking"
    // between keystrokes (the line is aria-live); Create and Change judge afresh anyway.
    if (!first) setStrength(null);
    if (!first || typeof estimator !== 'function') return;
    const timer = setTimeout(() => setStrength(judge(first, estimator)), CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [first, estimator]);

  async function problem(): Promise<string | null> {
    if ([...first].length < MIN_PASSPHRASE) return t('setup.tooShort', { min: MIN_PASSPHRASE });
    if (first !== second) return t('setup.mismatch');
    // Not loaded (offline before it was ever fetched): the length rule alone applies, and the
    // strength line says so. Refusing would stop someone changing a passphrase the ex knows.
    const estimate = await loadEstimator(getLang()).catch(() => null);
    if (!estimate) return null;
    const verdict = judge(first, estimate);
    return verdict.ok ? null : [t('strength.refused'), ...strengthAdvice(verdict)].join(' ');
  }

  function clear() {
    setFirst('');
    setSecond('');
  }

  return { first, second, setFirst, setSecond, estimator, strength, problem, clear };
}
