// Passphrase strength: zxcvbn-ts decides, with its common and English dictionaries and the app language's pack.
// They are about 1.2 MB gzip, so they load (once) only where a passphrase is chosen.
import { keepExtrasOffline } from './extra-cache';
import type { Estimate, Estimator } from './estimate';

export type { Estimate, Estimator, Score } from './estimate';

export const MIN_PASSPHRASE = 10;
/** zxcvbn's score 3: "safely unguessable", about 10^8 guesses or more. Below that is refused. */
export const MIN_SCORE = 3;

export interface Strength extends Estimate {
  tooShort: boolean;
  /** Whether the passphrase may be used: long enough and scored at least MIN_SCORE. */
  ok: boolean;
}

export function judge(passphrase: string, estimate: Estimator): Strength {
  const tooShort = [...passphrase].length < MIN_PASSPHRASE;
  const result = estimate(passphrase);
  return { ...result, tooShort, ok: !tooShort && result.score >= MIN_SCORE };
}

const loading = new Map<string, Promise<Estimator>>();

/**
 * The estimator for the app's language, loaded on first use; a failed load (offline before it
 * was ever cached) can be retried.
 */
export function loadEstimator(lang: string): Promise<Estimator> {
  let load = loading.get(lang);
  if (!load) {
    load = import('./zxcvbn').then((m) => m.estimatorFor(lang)).then((e) => {
      keepExtrasOffline();
      return e;
    });
    loading.set(lang, load);
    load.catch(() => { loading.delete(lang); });
  }
  return load;
}
